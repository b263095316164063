import { describe, expect, it } from 'vitest';
import { mergeRecords, newer } from '../../src/lib/field-kit/merge.ts';
import type { FieldRecord } from '../../src/lib/field-kit/record.ts';
import { sampleRecord } from './field-kit-samples.ts';

const rec = (id: string, updatedAt: string, team = '1'): FieldRecord =>
  sampleRecord({ id: `${id.padEnd(8, '0')}-0000-4000-8000-000000000000`, updatedAt, values: { 'general.team': team } });

/** Every order of a list. */
function orders<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('merging imported records', () => {
  const a1 = rec('a', '2025-09-14T03:00:00.000Z');
  const a2 = rec('a', '2025-09-14T05:00:00.000Z', '1 (edited)');
  const b = rec('b', '2025-09-14T04:00:00.000Z', '2');
  const c = rec('c', '2025-09-15T04:00:00.000Z', '3');

  it('keeps one version of each record, the later edit, whatever the order of the files', () => {
    const files = [[a1, b], [a2], [c, b], [a1]];
    const results = orders(files).map((order) => {
      let held = new Map<string, FieldRecord>();
      for (const file of order) held = mergeRecords(held, file).records;
      return [...held.values()].sort((x, y) => x.id.localeCompare(y.id));
    });
    for (const result of results) expect(result).toEqual([a2, b, c]);
  });

  it('counts new, updated and already-held records, and importing the same file twice changes nothing', () => {
    const first = mergeRecords(new Map(), [a1, b]);
    expect([first.added, first.updated, first.same]).toEqual([2, 0, 0]);
    const again = mergeRecords(first.records, [a1, b]);
    expect([again.added, again.updated, again.same]).toEqual([0, 0, 2]);
    expect([...again.records.values()]).toEqual([...first.records.values()]);
    const later = mergeRecords(again.records, [a2]);
    expect([later.added, later.updated, later.same]).toEqual([0, 1, 0]);
    const older = mergeRecords(later.records, [a1]);
    expect([older.added, older.updated, older.same]).toEqual([0, 0, 1]);
    expect(older.records.get(a1.id)).toEqual(a2);
  });

  it('decides between two versions edited at the same moment by their content, not by the order', () => {
    const x = rec('d', '2025-09-14T03:00:00.000Z', 'x');
    const y = rec('d', '2025-09-14T03:00:00.000Z', 'y');
    expect(newer(x, y)).toBe(newer(y, x));
    expect(mergeRecords(mergeRecords(new Map(), [x]).records, [y]).records.get(x.id)).toEqual(
      mergeRecords(mergeRecords(new Map(), [y]).records, [x]).records.get(x.id),
    );
  });
});
