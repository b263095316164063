/**
 * Reading result QR codes on the trainer's device: from the camera, frame after frame, or from a
 * photo. It uses the browser's own BarcodeDetector where it reads QR codes (Chrome on Android,
 * Safari on macOS …) and otherwise the zero-dependency reader of the `qr` package, which is loaded
 * only then. Only the class results page imports this file, and only when the trainer scans.
 */

export interface Detector {
  detect(source: ImageBitmapSource): Promise<Array<{ rawValue: string }>>;
}

interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<readonly string[]>;
}

let detector: Promise<Detector> | undefined;

/** The browser's QR detector if it has one, else the `qr` package's (same interface). */
export function qrDetector(): Promise<Detector> {
  detector ??= (async () => {
    const native = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    const formats: readonly string[] = native ? await native.getSupportedFormats().catch(() => []) : [];
    if (native && formats.includes('qr_code')) {
      return new native({ formats: ['qr_code'] });
    }
    const { BarcodeDetector } = await import('qr/decode.js');
    return new BarcodeDetector({ formats: ['qr_code'] });
  })();
  return detector;
}

/** The text of the first QR code found, or undefined. A frame without a code is not an error. */
async function readOnce(source: ImageBitmapSource): Promise<string | undefined> {
  try {
    const found = await (await qrDetector()).detect(source);
    return found.find((b) => b.rawValue)?.rawValue;
  } catch {
    return undefined;
  }
}

/** Reads a photo (a file from the camera app or the gallery), scaled down to what a reader needs. */
export async function readPhoto(file: Blob): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return readOnce(canvas);
}

export class CameraUnavailable extends Error {}

/**
 * Opens the rear camera into `video` and calls `onText` with each QR text read. The same text is
 * reported once while it stays in front of the camera (a trainee holds the phone up for a while).
 * Returns the function that stops the camera.
 */
export async function startCamera(video: HTMLVideoElement, onText: (text: string) => void): Promise<() => void> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraUnavailable('no camera access in this browser');
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  video.srcObject = stream;
  await video.play();
  await qrDetector();
  const canvas = document.createElement('canvas');
  let stopped = false;
  let last = { text: '', at: 0 };
  const frame = async () => {
    if (stopped) return;
    if (video.readyState >= 2 && video.videoWidth > 0) {
      // A frame copied to a canvas reads the same with both detectors and never changes under them.
      const scale = Math.min(1, 800 / Math.max(video.videoWidth, video.videoHeight));
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      canvas.getContext('2d')!.drawImage(video, 0, 0, canvas.width, canvas.height);
      const text = await readOnce(canvas);
      const now = Date.now();
      if (text && !stopped && (text !== last.text || now - last.at > 4000)) onText(text);
      if (text) last = { text, at: now };
    }
    if (!stopped) setTimeout(() => void frame(), 150);
  };
  void frame();
  return () => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
}
