/**
 * Reads the two facts the field kit wants from a JPEG's Exif data: when the photo was taken
 * (DateTimeOriginal, with its time-zone offset when the camera wrote one) and where (GPS), the
 * second used only when the person allowed locations. The photo kept is re-drawn without any of
 * this data. Pure: works on the first bytes of the file; anything unreadable gives nothing.
 */

export interface ExifFacts {
  /** "2025:09:14 10:42:05" as the camera wrote it (local time of the camera). */
  taken?: string;
  /** "+07:00" when the camera recorded its offset from UTC. */
  offset?: string;
  gps?: { lat: number; lon: number };
}

export function readExif(bytes: Uint8Array): ExifFacts {
  try {
    return parse(bytes);
  } catch {
    return {};
  }
}

function parse(bytes: Uint8Array): ExifFacts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint16(0) !== 0xffd8) return {};
  let at = 2;
  while (at + 4 <= view.byteLength) {
    const marker = view.getUint16(at);
    const length = view.getUint16(at + 2);
    if ((marker & 0xff00) !== 0xff00 || marker === 0xffda) return {};
    // APP1 "Exif\0\0"
    if (marker === 0xffe1 && view.getUint32(at + 4) === 0x45786966 && view.getUint16(at + 8) === 0) return readTiff(view, at + 10);
    at += 2 + length;
  }
  return {};
}

function readTiff(view: DataView, tiff: number): ExifFacts {
  const little = view.getUint16(tiff) === 0x4949;
  const u16 = (o: number) => view.getUint16(tiff + o, little);
  const u32 = (o: number) => view.getUint32(tiff + o, little);
  const ascii = (o: number, n: number) => {
    let s = '';
    for (let i = 0; i < n; i += 1) {
      const c = view.getUint8(tiff + o + i);
      if (c === 0) break;
      s += String.fromCharCode(c);
    }
    return s;
  };
  /** The entries of an image file directory: tag → offset of its value (inline when it fits in 4 bytes). */
  const entries = (ifd: number) => {
    const map = new Map<number, { type: number; count: number; at: number }>();
    const n = u16(ifd);
    for (let i = 0; i < n; i += 1) {
      const e = ifd + 2 + i * 12;
      const type = u16(e + 2);
      const count = u32(e + 4);
      const size = ({ 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 } as Record<number, number>)[type] ?? 1;
      map.set(u16(e), { type, count, at: size * count > 4 ? u32(e + 8) : e + 8 });
    }
    return map;
  };
  const text = (entry: { count: number; at: number } | undefined) => (entry ? ascii(entry.at, entry.count) : undefined);
  const rationals = (entry: { at: number } | undefined) =>
    entry ? [0, 1, 2].map((i) => u32(entry.at + i * 8) / (u32(entry.at + i * 8 + 4) || 1)) : undefined;

  const facts: ExifFacts = {};
  const ifd0 = entries(u32(4));
  const exifPointer = ifd0.get(0x8769);
  if (exifPointer) {
    const exif = entries(u32(exifPointer.at));
    const taken = text(exif.get(0x9003)) ?? text(ifd0.get(0x0132));
    if (taken && /^\d{4}:\d{2}:\d{2} \d{2}:\d{2}:\d{2}$/.test(taken)) facts.taken = taken;
    const offset = text(exif.get(0x9011));
    if (offset && /^[+-]\d{2}:\d{2}$/.test(offset)) facts.offset = offset;
  }
  const gpsPointer = ifd0.get(0x8825);
  if (gpsPointer) {
    const gps = entries(u32(gpsPointer.at));
    const lat = rationals(gps.get(2));
    const lon = rationals(gps.get(4));
    if (lat && lon) {
      const deg = ([d, m, s]: number[]) => (d ?? 0) + (m ?? 0) / 60 + (s ?? 0) / 3600;
      const latRef = text(gps.get(1));
      const lonRef = text(gps.get(3));
      const point = { lat: deg(lat) * (latRef === 'S' ? -1 : 1), lon: deg(lon) * (lonRef === 'W' ? -1 : 1) };
      if (Math.abs(point.lat) <= 90 && Math.abs(point.lon) <= 180 && (point.lat !== 0 || point.lon !== 0)) facts.gps = point;
    }
  }
  return facts;
}

/**
 * The moment an Exif time names, as an ISO instant. Without an offset the camera's clock is
 * taken to be in the device's own time zone (`offsetMinutes`, as Date#getTimezoneOffset gives it).
 */
export function exifInstant(taken: string, offset: string | undefined, deviceOffsetMinutes: number): string | undefined {
  const m = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(taken);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  let minutes = deviceOffsetMinutes;
  if (offset) {
    const sign = offset.startsWith('-') ? -1 : 1;
    const [oh, om] = offset.slice(1).split(':').map(Number) as [number, number];
    // getTimezoneOffset is UTC minus local; an Exif offset is local minus UTC.
    minutes = -sign * (oh * 60 + om);
  }
  const instant = new Date(asUtc + minutes * 60_000);
  return Number.isNaN(instant.getTime()) || y < 1990 ? undefined : instant.toISOString();
}
