/**
 * Merging records from many files (the zone committee's import): any number of files, in any
 * order, the same file twice — the result is the same. A record is known by its id; of two
 * versions of one record the later edit wins, and two versions edited at the same moment are
 * told apart by their content, so the choice never depends on the order of import. Pure.
 */
import type { FieldRecord } from './record.ts';

export interface MergeResult {
  records: Map<string, FieldRecord>;
  added: number;
  updated: number;
  /** Already held in the same or a later version. */
  same: number;
}

/** The version of one record to keep. */
export function newer(a: FieldRecord, b: FieldRecord): FieldRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja >= jb ? a : b;
}

export function mergeRecords(held: ReadonlyMap<string, FieldRecord>, incoming: readonly FieldRecord[]): MergeResult {
  const records = new Map(held);
  let added = 0;
  let updated = 0;
  let same = 0;
  for (const record of incoming) {
    const current = records.get(record.id);
    if (!current) {
      records.set(record.id, record);
      added += 1;
    } else if (newer(current, record) !== current && JSON.stringify(current) !== JSON.stringify(record)) {
      records.set(record.id, record);
      updated += 1;
    } else same += 1;
  }
  return { records, added, updated, same };
}
