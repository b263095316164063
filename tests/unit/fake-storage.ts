/** Stand-ins for localStorage in the unit tests: one that keeps what it is given, one that refuses everything. */
import type { StorageLike } from '../../src/lib/safe-storage.ts';

/** Storage in memory, starting with `initial`; `data` shows what it holds. */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

/** Storage that is blocked (private mode, a policy) for reading and removing, and full for writing. */
export const brokenStorage: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};
