/**
 * Storage access that never throws. Browsers can refuse storage (private mode, disabled
 * cookies, a full quota) or hold values another version wrote; none of that may break a page.
 * The Storage is passed in so that the logic is testable without a browser.
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Reads a key; undefined when storage is missing or throws. */
export function readItem(storage: StorageLike | undefined, key: string): string | undefined {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes a key; returns false (instead of throwing) when it could not be saved. */
export function writeItem(storage: StorageLike | undefined, key: string, value: string): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
