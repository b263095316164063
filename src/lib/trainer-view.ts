import { readItem, writeItem, type StorageLike } from './safe-storage.ts';
import { STORAGE_KEYS } from './storage-keys.ts';

/**
 * Whether the trainer view (trainer notes shown) is on, remembered on the device.
 * Stored as "1" or "0" under a versioned key; anything else reads as off.
 */
export const TRAINER_VIEW_KEY = STORAGE_KEYS.trainerView;

export function readTrainerView(storage: StorageLike | undefined): boolean {
  return readItem(storage, TRAINER_VIEW_KEY) === '1';
}

/** Saves the choice; returns false when the device would not keep it. */
export function saveTrainerView(storage: StorageLike | undefined, on: boolean): boolean {
  return writeItem(storage, TRAINER_VIEW_KEY, on ? '1' : '0');
}
