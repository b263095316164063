import { describe, expect, it } from 'vitest';
import { readTrainerView, saveTrainerView, TRAINER_VIEW_KEY } from '../../src/lib/trainer-view.ts';
import type { StorageLike } from '../../src/lib/safe-storage.ts';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => (k in data ? (data[k] ?? null) : null),
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}
const broken: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('trainer view storage', () => {
  it('remembers the choice', () => {
    const s = memoryStorage();
    expect(readTrainerView(s)).toBe(false);
    expect(saveTrainerView(s, true)).toBe(true);
    expect(s.data[TRAINER_VIEW_KEY]).toBe('1');
    expect(readTrainerView(s)).toBe(true);
  });
  it('reads broken or foreign values as off', () => {
    expect(readTrainerView(memoryStorage({ [TRAINER_VIEW_KEY]: '{"garbage"' }))).toBe(false);
  });
  it('never throws when storage is missing, blocked or full', () => {
    expect(readTrainerView(undefined)).toBe(false);
    expect(readTrainerView(broken)).toBe(false);
    expect(saveTrainerView(broken, true)).toBe(false);
    expect(saveTrainerView(undefined, true)).toBe(false);
  });
});
