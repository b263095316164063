/**
 * The field kit's storage on the device (IndexedDB through idb): the team's records, their photos
 * (reduced JPEGs), and the records a zone committee imported. Every change is one transaction, so
 * a change is kept whole or not at all: when the device is full, the browser aborts it and what
 * was saved before stays as it was. Errors come back as a reason, never as an exception.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { FIELD_KIT_DB } from '../../lib/storage-keys.ts';
import { readRecord, type FieldRecord, type PhotoMeta } from '../../lib/field-kit/record.ts';

interface StoredPhoto {
  id: string;
  recordId: string;
  blob: Blob;
}
interface ZoneEntry {
  id: string;
  record: FieldRecord;
  importedAt: string;
}
interface FieldKitDB extends DBSchema {
  records: { key: string; value: FieldRecord; indexes: { form: string } };
  photos: { key: string; value: StoredPhoto; indexes: { recordId: string } };
  zone: { key: string; value: ZoneEntry };
}

/** Why a change was not kept: the device is full, or the browser refused for another reason. */
export type Failure = { reason: 'full' | 'failed'; detail: string };
export type Outcome = { ok: true } | ({ ok: false } & Failure);

export function failure(error: unknown): Failure {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  // Chromium and Firefox say QuotaExceededError; Safari may only say so in the message.
  const full = name === 'QuotaExceededError' || /quota/i.test(message);
  return { reason: full ? 'full' : 'failed', detail: name || message };
}

export class FieldKitStore {
  private constructor(private readonly db: IDBPDatabase<FieldKitDB>) {}

  /** Opens the database; undefined when the browser keeps no data (private mode, storage blocked). */
  static async open(): Promise<FieldKitStore | undefined> {
    try {
      if (!('indexedDB' in window)) return undefined;
      const db = await openDB<FieldKitDB>(FIELD_KIT_DB.name, FIELD_KIT_DB.version, {
        upgrade(db) {
          db.createObjectStore('records', { keyPath: 'id' }).createIndex('form', 'form');
          db.createObjectStore('photos', { keyPath: 'id' }).createIndex('recordId', 'recordId');
          db.createObjectStore('zone', { keyPath: 'id' });
        },
      });
      return new FieldKitStore(db);
    } catch {
      return undefined;
    }
  }

  private async run(work: () => Promise<unknown>): Promise<Outcome> {
    try {
      await work();
      return { ok: true };
    } catch (error) {
      return { ok: false, ...failure(error) };
    }
  }

  saveRecord(record: FieldRecord): Promise<Outcome> {
    return this.run(async () => {
      const tx = this.db.transaction('records', 'readwrite');
      await Promise.all([tx.store.put(record), tx.done]);
    });
  }

  /** Adds a photo and the record that lists it, together. */
  addPhoto(record: FieldRecord, photo: PhotoMeta, blob: Blob): Promise<Outcome> {
    return this.run(async () => {
      const tx = this.db.transaction(['records', 'photos'], 'readwrite');
      await Promise.all([
        tx.objectStore('photos').put({ id: photo.id, recordId: record.id, blob }),
        tx.objectStore('records').put(record),
        tx.done,
      ]);
    });
  }

  /**
   * Removes a photo and saves the record without it, together. A device that is already full
   * refuses even that small write; then the photo's space is freed first (a delete needs no room)
   * and the smaller record saved next. Should that second step still fail, the record lists a
   * photo that is gone, which the form notices and drops the next time it opens.
   */
  async removePhoto(record: FieldRecord, photoId: string): Promise<Outcome> {
    const together = await this.run(async () => {
      const tx = this.db.transaction(['records', 'photos'], 'readwrite');
      await Promise.all([tx.objectStore('photos').delete(photoId), tx.objectStore('records').put(record), tx.done]);
    });
    if (together.ok || together.reason !== 'full') return together;
    const freed = await this.run(() => this.db.delete('photos', photoId));
    return freed.ok ? this.saveRecord(record) : freed;
  }

  deleteRecord(id: string): Promise<Outcome> {
    return this.run(async () => {
      const tx = this.db.transaction(['records', 'photos'], 'readwrite');
      const photos = tx.objectStore('photos');
      const keys = await photos.index('recordId').getAllKeys(id);
      await Promise.all([...keys.map((k) => photos.delete(k)), tx.objectStore('records').delete(id), tx.done]);
    });
  }

  /** A record as stored: found and valid, damaged, or not there. */
  async getRecord(id: string): Promise<{ state: 'found'; record: FieldRecord } | { state: 'damaged' | 'missing' }> {
    try {
      const raw = await this.db.get('records', id);
      if (raw === undefined) return { state: 'missing' };
      const read = readRecord(raw);
      return read.ok ? { state: 'found', record: read.record } : { state: 'damaged' };
    } catch {
      return { state: 'damaged' };
    }
  }

  /** Every readable record; damaged ones are counted, not returned. */
  async listRecords(): Promise<{ records: FieldRecord[]; damaged: number }> {
    const raw = await this.db.getAll('records').catch(() => [] as unknown[]);
    const records: FieldRecord[] = [];
    let damaged = 0;
    for (const item of raw) {
      const read = readRecord(item);
      if (read.ok) records.push(read.record);
      else damaged += 1;
    }
    return { records, damaged };
  }

  async photo(id: string): Promise<Blob | undefined> {
    try {
      return (await this.db.get('photos', id))?.blob;
    } catch {
      return undefined;
    }
  }

  /** The imported records of a zone committee. */
  async zoneRecords(): Promise<Map<string, FieldRecord>> {
    const entries = await this.db.getAll('zone').catch(() => [] as ZoneEntry[]);
    const map = new Map<string, FieldRecord>();
    for (const entry of entries) {
      const read = readRecord(entry.record);
      if (read.ok) map.set(read.record.id, read.record);
    }
    return map;
  }

  /** Stores the records of one imported file in one transaction: all of them, or none. */
  putZoneRecords(records: readonly FieldRecord[], now = new Date()): Promise<Outcome> {
    return this.run(async () => {
      const tx = this.db.transaction('zone', 'readwrite');
      const importedAt = now.toISOString();
      await Promise.all([...records.map((record) => tx.store.put({ id: record.id, record, importedAt })), tx.done]);
    });
  }

  clearZone(): Promise<Outcome> {
    return this.run(() => this.db.clear('zone'));
  }
}
