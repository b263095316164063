/** Records and files the field kit's unit tests share. */
import { RECORD_SCHEMA_VERSION, type FieldRecord } from '../../src/lib/field-kit/record.ts';

/** Where the site checklist keeps the answers the zone committee's table is made of (its FormSpec roles). */
export const SITE_CHECKLIST_ROLES = {
  team: 'general.team',
  zone: 'general.zone',
  date: 'general.date',
  siteNo: 'general.siteNo',
  place: 'general.place',
  project: 'general.project',
};

/** A site checklist record with every kind of answer and one photo. */
export function sampleRecord(overrides: Partial<FieldRecord> = {}): FieldRecord {
  return {
    schema: RECORD_SCHEMA_VERSION,
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    form: 'site-inspection-checklist',
    lang: 'th',
    createdAt: '2025-09-14T02:00:00.000Z',
    updatedAt: '2025-09-14T03:00:00.000Z',
    values: {
      'general.team': '12',
      'general.date': '2025-09-14',
      'signboard.items.present.seen': 'yes',
      'observed.findings.size.finding': 'mismatch',
      'documents.items.egp.seen': true,
      'allegation.kinds': ['inOffice', 'other'],
    },
    photos: [
      {
        id: 'p1p1p1p1-0000-4000-8000-000000000001',
        field: 'photos.list',
        caption: 'ป้ายโครงการ',
        takenAt: '2025-09-14T02:30:00.000Z',
        timeSource: 'exif',
        location: { lat: 16.44, lon: 102.83, accuracy: 8 },
        width: 1600,
        height: 1200,
        bytes: 240_000,
        type: 'image/jpeg',
      },
    ],
    ...overrides,
  };
}

/** Bytes that pass for a JPEG (they start with FF D8 FF), `n` long, different per seed. */
export function fakeJpeg(n: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(n);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  for (let i = 4; i < n; i += 1) bytes[i] = (i * 31 + seed * 17) & 0xff;
  return bytes;
}
