import { describe, expect, it } from 'vitest';
import { readTrainerView, saveTrainerView, TRAINER_VIEW_KEY } from '../../src/lib/trainer-view.ts';
import { brokenStorage, memoryStorage } from './fake-storage.ts';

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
    expect(readTrainerView(brokenStorage)).toBe(false);
    expect(saveTrainerView(brokenStorage, true)).toBe(false);
    expect(saveTrainerView(undefined, true)).toBe(false);
  });
});
