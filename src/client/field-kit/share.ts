/**
 * Sends records as one file: packs them with their photos (the zip code loads only now, when a
 * file is made) and offers it to the phone's share sheet (LINE, e-mail, Bluetooth …); where the
 * browser cannot share files, it is saved as a download. Nothing goes to a server.
 */
import type { FieldRecord } from '../../lib/field-kit/record.ts';
import type { Translator } from '../../lib/translate.ts';
import type { FieldKitStore } from './store.ts';
import type { FieldKitKey } from './strings.ts';
import { saveFile } from '../save-file.ts';

export type ShareOutcome = { ok: true; message: string } | { ok: false; message: string };

/** The file's name: ASCII only, so every app and phone keeps it intact ("kk-field-team12-2025-09-14.zip"). */
export function fileName(label: string, day: string): string {
  const clean = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `kk-field-${clean || 'records'}-${day}.zip`;
}

/** The shared file's bytes, for the tests and the weight bench too. */
export async function buildFile(records: readonly FieldRecord[], store: FieldKitStore, readme: string): Promise<Uint8Array> {
  const { packBundle } = await import('../../lib/field-kit/bundle.ts');
  const photos = new Map<string, Uint8Array>();
  for (const record of records) {
    for (const photo of record.photos) {
      const blob = await store.photo(photo.id);
      if (blob) photos.set(photo.id, new Uint8Array(await blob.arrayBuffer()));
    }
  }
  return packBundle(records, photos, new Date(), readme);
}

export async function shareRecords(
  records: readonly FieldRecord[],
  store: FieldKitStore,
  name: string,
  title: string,
  t: Translator<FieldKitKey>,
): Promise<ShareOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await buildFile(records, store, t('fieldKit.client.shareText'));
  } catch (error) {
    return { ok: false, message: t('fieldKit.client.shareFailed', { reason: (error as Error).message }) };
  }
  const file = new File([bytes as Uint8Array<ArrayBuffer>], name, { type: 'application/zip' });
  const data: ShareData = { files: [file], title, text: t('fieldKit.client.shareText') };
  if (navigator.canShare?.(data)) {
    try {
      await navigator.share(data);
      return { ok: true, message: t('fieldKit.client.shared', { file: name }) };
    } catch (error) {
      // The person closed the share sheet: nothing to report. Otherwise fall back to a download.
      if ((error as { name?: string }).name === 'AbortError') return { ok: true, message: '' };
    }
  }
  saveFile(name, file);
  return { ok: true, message: t('fieldKit.client.downloaded', { file: name }) };
}
