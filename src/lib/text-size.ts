/**
 * The reader's text size, remembered on the device. Three steps, as on Thai government sites
 * ("ก ก ก"): normal, large, larger. The page applies it as <html data-text-size> (CSS in
 * global.css scales the root font size, so text and spacing grow together) before the first
 * paint, through TEXT_SIZE_BOOT (src/lib/inline-scripts.ts). Pure apart from the storage passed in.
 */
import { readItem, writeItem, type StorageLike } from './safe-storage.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** Anything that is not a known size (missing, old or corrupt storage) reads as normal. */
export function parseTextSize(raw: string | null | undefined): TextSize {
  return (TEXT_SIZES as readonly string[]).includes(raw ?? '') ? (raw as TextSize) : 'normal';
}

export function readTextSize(storage: StorageLike | undefined): TextSize {
  return parseTextSize(readItem(storage, STORAGE_KEYS.textSize));
}

/** Saves the choice; false when the device would not keep it (the page still changes). */
export function saveTextSize(storage: StorageLike | undefined, size: TextSize): boolean {
  return writeItem(storage, STORAGE_KEYS.textSize, size);
}
