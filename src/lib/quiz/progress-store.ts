/**
 * What a trainee's device remembers, under one versioned localStorage key.
 *
 * Stored shape (version 1):
 *   { v: 1,
 *     quizzes: { [quizKey]: { answers: { [questionId]: string[] }, last: number, best: number, total: number, updated: string } },
 *     read:    { [moduleSlug]: string }   // ISO date the module was opened
 *   }
 * quizKey is "<lang>/<quiz>" ("th/what-is-corruption", "en/workshop-pre").
 * Anything else found under the key (broken JSON, another version, wrong types) is dropped field by
 * field on load, so a page always starts from valid data. Storage that is missing, disabled or full
 * never throws: save() returns false and the page says progress cannot be saved.
 * Migration: a future v2 reads v1 here and converts it; unknown versions start empty.
 */
import { readItem, writeItem, type StorageLike } from '../safe-storage.ts';
import { STORAGE_KEYS } from '../storage-keys.ts';

export const PROGRESS_KEY = STORAGE_KEYS.progress;
const VERSION = 1;

export interface QuizRecord {
  answers: Record<string, string[]>;
  /** Right answers as the quiz stands now (the pre/post comparison uses this). */
  last: number;
  /** The best score ever reached on this device. */
  best: number;
  total: number;
  updated: string;
}

export interface Progress {
  v: 1;
  quizzes: Record<string, QuizRecord>;
  read: Record<string, string>;
}

export function emptyProgress(): Progress {
  return { v: VERSION, quizzes: {}, read: {} };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function cleanQuiz(x: unknown): QuizRecord | undefined {
  if (!isObject(x) || !isObject(x['answers']) || !isCount(x['best']) || !isCount(x['total'])) return undefined;
  const answers: Record<string, string[]> = {};
  for (const [id, chosen] of Object.entries(x['answers'])) {
    if (Array.isArray(chosen) && chosen.every((c) => typeof c === 'string')) answers[id] = chosen as string[];
  }
  const last = isCount(x['last']) ? Math.min(x['last'], x['total']) : 0;
  return {
    answers,
    last,
    best: Math.min(x['best'], x['total']),
    total: x['total'],
    updated: typeof x['updated'] === 'string' ? x['updated'] : '',
  };
}

/** Validates anything read from storage into a Progress; never throws. */
export function parseProgress(raw: string | undefined): Progress {
  if (!raw) return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (!isObject(data) || data['v'] !== VERSION) return emptyProgress();
  const progress = emptyProgress();
  if (isObject(data['quizzes'])) {
    for (const [key, value] of Object.entries(data['quizzes'])) {
      const quiz = cleanQuiz(value);
      if (quiz) progress.quizzes[key] = quiz;
    }
  }
  if (isObject(data['read'])) {
    for (const [slug, date] of Object.entries(data['read'])) if (typeof date === 'string') progress.read[slug] = date;
  }
  return progress;
}

export function loadProgress(storage: StorageLike | undefined): Progress {
  return parseProgress(readItem(storage, PROGRESS_KEY));
}

/** Saves; false when the device would not keep it (no storage, blocked, full). */
export function saveProgress(storage: StorageLike | undefined, progress: Progress): boolean {
  return writeItem(storage, PROGRESS_KEY, JSON.stringify(progress));
}

/** Records a quiz's answers and keeps the best score seen. */
export function recordQuiz(
  progress: Progress,
  key: string,
  answers: Record<string, string[]>,
  right: number,
  total: number,
  now: Date,
): Progress {
  const previous = progress.quizzes[key];
  return {
    ...progress,
    quizzes: {
      ...progress.quizzes,
      [key]: { answers, last: right, best: Math.max(previous?.best ?? 0, right), total, updated: now.toISOString() },
    },
  };
}

export function recordRead(progress: Progress, slug: string, now: Date): Progress {
  return { ...progress, read: { ...progress.read, [slug]: progress.read[slug] ?? now.toISOString() } };
}
