/**
 * A photo from the camera or the gallery, made ready to keep: drawn again at most 1600 pixels on
 * its long side as a JPEG (a few hundred KB instead of several MB; the re-drawn image carries no
 * Exif data, so nothing leaks that the person did not choose to keep), with the time it was taken
 * and, only when the person allowed it, where.
 */
import { exifInstant, readExif } from '../../lib/field-kit/exif.ts';
import type { PhotoLocation } from '../../lib/field-kit/record.ts';

/** The long side of a kept photo, in pixels: enough to read a signboard, small enough to share. */
export const MAX_SIDE = 1600;
const QUALITY = 0.8;

export interface ReducedPhoto {
  blob: Blob;
  width: number;
  height: number;
  takenAt?: string | undefined;
  timeSource?: 'exif' | 'file' | undefined;
  /** From the photo's own data; used only when locations are allowed. */
  exifLocation?: PhotoLocation | undefined;
}

export async function reducePhoto(file: File): Promise<ReducedPhoto> {
  const head = new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer());
  const exif = readExif(head);
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the photo could not be encoded'))), 'image/jpeg', QUALITY),
  );
  const fromExif = exif.taken ? exifInstant(exif.taken, exif.offset, new Date().getTimezoneOffset()) : undefined;
  const fromFile = file.lastModified ? new Date(file.lastModified).toISOString() : undefined;
  return {
    blob,
    width,
    height,
    takenAt: fromExif ?? fromFile,
    timeSource: fromExif ? 'exif' : fromFile ? 'file' : undefined,
    exifLocation: exif.gps,
  };
}

/** Where the device is now; undefined when the person or the browser says no. */
export function currentLocation(): Promise<PhotoLocation | undefined> {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) return resolve(undefined);
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: round(p.coords.latitude), lon: round(p.coords.longitude), accuracy: Math.round(p.coords.accuracy) }),
      () => resolve(undefined),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}

/** Six decimals: about 10 cm, finer than any phone's fix. */
export function round(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}
