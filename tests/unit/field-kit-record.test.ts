import { describe, expect, it } from 'vitest';
import { emptyRecord, isBlank, newId, readRecord, RECORD_SCHEMA_VERSION } from '../../src/lib/field-kit/record.ts';
import { sampleRecord } from './field-kit-samples.ts';

describe('the field record schema', () => {
  it('accepts a record with every kind of answer and a photo', () => {
    const read = readRecord(sampleRecord());
    expect(read.ok).toBe(true);
  });

  it('refuses a record written by a newer handbook as "newer", not as damaged', () => {
    const read = readRecord({ ...sampleRecord(), schema: RECORD_SCHEMA_VERSION + 1, values: { anything: { new: 'shape' } } });
    expect(read).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('refuses damaged records and says where', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /record|schema/],
      [{ ...sampleRecord(), id: 'short' }, /^id/],
      [{ ...sampleRecord(), updatedAt: '14/09/2568' }, /^updatedAt/],
      [{ ...sampleRecord(), values: { 'general.team': 12 } }, /^values/],
      [{ ...sampleRecord(), values: { 'bad path!': 'x' } }, /^values/],
      [{ ...sampleRecord(), photos: [{ ...sampleRecord().photos[0], type: 'image/png' }] }, /^photos\.0\.type/],
      [{ ...sampleRecord(), photos: [{ ...sampleRecord().photos[0], location: { lat: 200, lon: 0 } }] }, /^photos\.0\.location\.lat/],
      [{ ...sampleRecord(), schema: '1' }, /^schema/],
    ];
    for (const [raw, where] of cases) {
      const read = readRecord(raw);
      expect(read.ok, JSON.stringify(raw)?.slice(0, 80)).toBe(false);
      if (!read.ok) {
        expect(read.reason).toBe('invalid');
        expect(read.detail).toMatch(where);
      }
    }
  });

  it('makes random ids in the record id format, and empty records that count as blank', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const record = emptyRecord('team-daily-log', 'en', new Date('2025-09-14T10:00:00Z'));
    expect(readRecord(record).ok).toBe(true);
    expect(record.createdAt).toBe('2025-09-14T10:00:00.000Z');
    expect(isBlank(record)).toBe(true);
    expect(isBlank({ ...record, values: { 'a.b': '', 'a.c': false, 'a.d': [] } })).toBe(true);
    expect(isBlank({ ...record, values: { 'a.b': 'x' } })).toBe(false);
    expect(isBlank({ ...record, photos: sampleRecord().photos })).toBe(false);
  });
});
