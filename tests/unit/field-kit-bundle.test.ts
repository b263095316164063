import { describe, expect, it } from 'vitest';
import { strToU8, zipSync, unzipSync } from 'fflate';
import { FILE_FORMAT, FILE_SCHEMA_VERSION, MANIFEST, crc32, packBundle, unpackBundle } from '../../src/lib/field-kit/bundle.ts';
import { RECORD_SCHEMA_VERSION } from '../../src/lib/field-kit/record.ts';
import { fakeJpeg, sampleRecord } from './field-kit-samples.ts';

const record = sampleRecord();
const photoId = record.photos[0]!.id;
const packed = () => packBundle([record], new Map([[photoId, fakeJpeg(5000)]]), new Date('2025-09-14T12:00:00Z'), 'read me');

/** Rebuilds a file after changing its entries (to make files from "elsewhere" or "later"). */
function repack(change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(packed());
  change(entries);
  return zipSync(entries);
}

describe('the shared file', () => {
  it('packs records and photos and reads them back the same', () => {
    const result = unpackBundle(packed());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records).toEqual([record]);
    expect([...result.photos.keys()]).toEqual([photoId]);
    expect(result.photos.get(photoId)).toEqual(fakeJpeg(5000));
    expect(result.createdAt).toBe('2025-09-14T12:00:00.000Z');
    const names = Object.keys(unzipSync(packed())).sort();
    expect(names).toEqual([MANIFEST, 'README.txt', `photos/${photoId}.jpg`, `records/${record.id}.json`].sort());
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });

  it('refuses a photo that is missing when packing', () => {
    expect(() => packBundle([record], new Map(), new Date())).toThrow(/photo .* is missing/);
  });

  it('calls a file cut short, or with a byte changed, damaged', () => {
    const bytes = packed();
    expect(unpackBundle(bytes.slice(0, bytes.length - 40))).toMatchObject({ ok: false, reason: 'damaged' });
    expect(unpackBundle(bytes.slice(0, 200))).toMatchObject({ ok: false, reason: 'damaged' });
    // A byte inside the stored photo: the zip still opens, the checksum does not match.
    const changed = bytes.slice();
    const at = changed.findIndex((_, i) => changed[i] === 0xff && changed[i + 1] === 0xd8 && changed[i + 2] === 0xff) + 100;
    changed[at] = changed[at]! ^ 0xff;
    expect(unpackBundle(changed)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('calls a record that breaks the schema damaged, and a missing photo damaged', () => {
    const badRecord = repack((e) => {
      const text = JSON.stringify({ ...record, values: { 'general.team': 12 } });
      e[`records/${record.id}.json`] = strToU8(text);
      const manifest = JSON.parse(new TextDecoder().decode(e[MANIFEST]));
      manifest.files[`records/${record.id}.json`] = { bytes: strToU8(text).length, crc32: crc32(strToU8(text)) };
      e[MANIFEST] = strToU8(JSON.stringify(manifest));
    });
    expect(unpackBundle(badRecord)).toMatchObject({ ok: false, reason: 'damaged', detail: expect.stringMatching(/values/) });
    const noPhoto = repack((e) => {
      delete e[`photos/${photoId}.jpg`];
    });
    expect(unpackBundle(noPhoto)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('calls anything that is not one of its files foreign', () => {
    expect(unpackBundle(strToU8('%PDF-1.7 not a zip'))).toMatchObject({ ok: false, reason: 'foreign' });
    expect(unpackBundle(fakeJpeg(300))).toMatchObject({ ok: false, reason: 'foreign' });
    expect(unpackBundle(zipSync({ 'notes.txt': strToU8('hello') }))).toMatchObject({ ok: false, reason: 'foreign' });
    const other = repack((e) => {
      e[MANIFEST] = strToU8(JSON.stringify({ format: 'someone-elses-app', schema: 1 }));
    });
    expect(unpackBundle(other)).toMatchObject({ ok: false, reason: 'foreign' });
  });

  it('calls a file or a record from a newer handbook newer', () => {
    const newerFile = repack((e) => {
      const manifest = JSON.parse(new TextDecoder().decode(e[MANIFEST]));
      e[MANIFEST] = strToU8(JSON.stringify({ ...manifest, schema: FILE_SCHEMA_VERSION + 1 }));
    });
    expect(unpackBundle(newerFile)).toMatchObject({ ok: false, reason: 'newer' });
    const newerRecord = repack((e) => {
      const text = JSON.stringify({ ...record, schema: RECORD_SCHEMA_VERSION + 1 });
      e[`records/${record.id}.json`] = strToU8(text);
      const manifest = JSON.parse(new TextDecoder().decode(e[MANIFEST]));
      manifest.files[`records/${record.id}.json`] = { bytes: strToU8(text).length, crc32: crc32(strToU8(text)) };
      e[MANIFEST] = strToU8(JSON.stringify(manifest));
    });
    expect(unpackBundle(newerRecord)).toMatchObject({ ok: false, reason: 'newer' });
    expect(FILE_FORMAT).toMatch(/field-records/);
  });
});
