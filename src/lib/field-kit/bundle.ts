/**
 * The file a team shares: one zip (fflate) with a manifest, each record as JSON and each photo as
 * the reduced JPEG the phone kept, plus a short note for whoever opens it by hand. The manifest
 * names the format and its version and lists every file with its length and CRC-32, so that a
 * damaged file (cut short in a chat app, a byte changed on a memory card), a file from somewhere
 * else, or one from a newer handbook is recognised and refused before anything is stored.
 * Pure: works on bytes, in the browser and in Node.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { readRecord, type FieldRecord } from './record.ts';

/** What the manifest says this file is. */
export const FILE_FORMAT = 'khonkaen-handbook-field-records';
/** The version of the file's layout this code writes (the records carry their own version). */
export const FILE_SCHEMA_VERSION = 1;
export const MANIFEST = 'manifest.json';

export interface Manifest {
  format: typeof FILE_FORMAT;
  schema: number;
  createdAt: string;
  records: Array<{ id: string; form: string; updatedAt: string }>;
  files: Record<string, { bytes: number; crc32: number }>;
}

export type Unpacked =
  | { ok: true; records: FieldRecord[]; photos: Map<string, Uint8Array>; createdAt: string }
  /** damaged: cut short or changed; foreign: not a field record file; newer: from a later handbook. */
  | { ok: false; reason: 'damaged' | 'foreign' | 'newer'; detail: string };

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the zip checksum) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const photoPath = (id: string) => `photos/${id}.jpg`;
const recordPath = (id: string) => `records/${id}.json`;

/** A JPEG starts with the bytes FF D8 FF. */
function isJpeg(bytes: Uint8Array | undefined): boolean {
  return !!bytes && bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/**
 * Packs records and their photos into one file. `photos` holds each photo's JPEG bytes by
 * photo id; a record whose photo is missing cannot be packed (the file would be refused).
 */
export function packBundle(
  records: readonly FieldRecord[],
  photos: ReadonlyMap<string, Uint8Array>,
  now: Date = new Date(),
  readme = '',
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const record of records) {
    files[recordPath(record.id)] = strToU8(JSON.stringify(record));
    for (const photo of record.photos) {
      const bytes = photos.get(photo.id);
      if (!isJpeg(bytes)) throw new Error(`photo ${photo.id} of record ${record.id} is missing`);
      files[photoPath(photo.id)] = bytes!;
    }
  }
  const manifest: Manifest = {
    format: FILE_FORMAT,
    schema: FILE_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    records: records.map((r) => ({ id: r.id, form: r.form, updatedAt: r.updatedAt })),
    files: Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, { bytes: bytes.length, crc32: crc32(bytes) }])),
  };
  const zippable: Zippable = { [MANIFEST]: strToU8(JSON.stringify(manifest, null, 1)) };
  if (readme) zippable['README.txt'] = strToU8(readme);
  for (const [name, bytes] of Object.entries(files)) {
    // JPEGs are compressed already: stored as they are, they pack faster and no larger.
    zippable[name] = name.endsWith('.jpg') ? [bytes, { level: 0 }] : [bytes, { level: 6 }];
  }
  return zipSync(zippable, { mtime: now });
}

function fail(reason: 'damaged' | 'foreign' | 'newer', detail: string): Unpacked {
  return { ok: false, reason, detail };
}

/** Reads a shared file back, checking everything; changes nothing and never throws. */
export function unpackBundle(bytes: Uint8Array): Unpacked {
  // A zip begins "PK"; anything else (a photo, a PDF, a text) is not one of ours.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return fail('foreign', 'not a zip file');
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return fail('damaged', `the zip cannot be read: ${(error as Error).message}`);
  }
  const manifestBytes = entries[MANIFEST];
  if (!manifestBytes) return fail('foreign', 'no manifest.json');
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(strFromU8(manifestBytes)) as Partial<Manifest>;
  } catch {
    return fail('damaged', 'manifest.json is not JSON');
  }
  if (!manifest || typeof manifest !== 'object' || manifest.format !== FILE_FORMAT)
    return fail('foreign', 'manifest.json names another format');
  if (typeof manifest.schema !== 'number' || !Number.isInteger(manifest.schema)) return fail('damaged', 'manifest.json has no version');
  if (manifest.schema > FILE_SCHEMA_VERSION)
    return fail('newer', `file version ${manifest.schema}, this handbook reads up to ${FILE_SCHEMA_VERSION}`);
  if (!Array.isArray(manifest.records) || !manifest.files || typeof manifest.files !== 'object')
    return fail('damaged', 'manifest.json is incomplete');

  for (const [name, facts] of Object.entries(manifest.files)) {
    const content = entries[name];
    if (!content) return fail('damaged', `${name} is missing`);
    if (content.length !== facts?.bytes || crc32(content) !== facts.crc32) return fail('damaged', `${name} has changed`);
  }
  const records: FieldRecord[] = [];
  const photos = new Map<string, Uint8Array>();
  for (const listed of manifest.records) {
    const name = recordPath(String(listed?.id));
    const content = entries[name];
    if (!content || !manifest.files[name]) return fail('damaged', `${name} is missing`);
    let raw: unknown;
    try {
      raw = JSON.parse(strFromU8(content));
    } catch {
      return fail('damaged', `${name} is not JSON`);
    }
    const read = readRecord(raw);
    if (!read.ok) return fail(read.reason === 'newer' ? 'newer' : 'damaged', `${name}: ${read.detail}`);
    if (read.record.id !== listed.id) return fail('damaged', `${name} holds another record`);
    for (const photo of read.record.photos) {
      const image = entries[photoPath(photo.id)];
      if (!manifest.files[photoPath(photo.id)] || !isJpeg(image)) return fail('damaged', `photo ${photo.id} is missing`);
      photos.set(photo.id, image!);
    }
    records.push(read.record);
  }
  if (records.length === 0) return fail('damaged', 'no records');
  return { ok: true, records, photos, createdAt: typeof manifest.createdAt === 'string' ? manifest.createdAt : '' };
}
