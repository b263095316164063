/**
 * What a trainee's device remembers, under one versioned localStorage key.
 *
 * Stored shape (version 1):
 *   { v: 1,
 *     quizzes: { [quizKey]: { answers: { [questionId]: string[] }, last: number, best: number, total: number, updated: string,
 *                             tries?: { [questionId]: number }, shown?: string[] } },
 *     read:    { [moduleSlug]: string },  // ISO date the reader reached the end of the module
 *     tests?:  { pre?: TestRecord, post?: TestRecord },  // the workshop tests: one attempt each, locked
 *     participant?: { team: number, seat: number, name: string },
 *     postOpened?: string                 // ISO date the trainer opened the post-test without a pre-test
 *   }
 * quizKey is "<lang>/<quiz>" ("th/what-is-corruption"): the module quizzes, which are practice.
 * The workshop tests are kept apart from them, once per device whatever the language, because
 * they are a measurement: recordTest never replaces a submitted test.
 * (Before the tests were measurements they were saved as quizzes "<lang>/workshop-pre" and
 * "<lang>/workshop-post"; such entries are kept but no page reads them as test results.)
 * Anything else found under the key (broken JSON, another version, wrong types) is dropped field by
 * field on load, so a page always starts from valid data. Storage that is missing, disabled or full
 * never throws: save() returns false and the page says progress cannot be saved.
 * Migration: a future v2 reads v1 here and converts it; unknown versions start empty.
 */
import { readItem, writeItem, type StorageLike } from '../safe-storage.ts';
import { STORAGE_KEYS } from '../storage-keys.ts';
import { readParticipant, type ParticipantInfo } from '../learning/participant.ts';
import type { TestPhase } from '../learning/result-code.ts';

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
  /** Wrong checks per question: the first says "try again", the second shows the answer. */
  tries?: Record<string, number> | undefined;
  /** Questions whose right answer and explanation have been shown (then they are closed). */
  shown?: string[] | undefined;
}

/** A submitted workshop test. */
export interface TestRecord {
  /** Option indexes chosen, per question id (a question left blank has an empty list or none). */
  answers: Record<string, number[]>;
  right: number;
  total: number;
  /** ISO time of submission. */
  submitted: string;
}

export interface Progress {
  v: 1;
  quizzes: Record<string, QuizRecord>;
  /** Modules read to the end: slug → ISO date. */
  read: Record<string, string>;
  tests?: Partial<Record<TestPhase, TestRecord>> | undefined;
  participant?: ParticipantInfo | undefined;
  postOpened?: string | undefined;
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
  const record: QuizRecord = {
    answers,
    last,
    best: Math.min(x['best'], x['total']),
    total: x['total'],
    updated: typeof x['updated'] === 'string' ? x['updated'] : '',
  };
  if (isObject(x['tries']))
    record.tries = Object.fromEntries(Object.entries(x['tries']).filter(([, n]) => isCount(n))) as Record<string, number>;
  if (Array.isArray(x['shown'])) record.shown = x['shown'].filter((id): id is string => typeof id === 'string');
  return record;
}

function cleanTest(x: unknown): TestRecord | undefined {
  if (!isObject(x) || !isObject(x['answers']) || !isCount(x['right']) || !isCount(x['total']) || typeof x['submitted'] !== 'string') {
    return undefined;
  }
  if (x['right'] > x['total']) return undefined;
  const answers: Record<string, number[]> = {};
  for (const [id, chosen] of Object.entries(x['answers'])) {
    if (Array.isArray(chosen) && chosen.every(isCount)) answers[id] = chosen as number[];
  }
  return { answers, right: x['right'], total: x['total'], submitted: x['submitted'] };
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
  if (isObject(data['tests'])) {
    const tests: Partial<Record<TestPhase, TestRecord>> = {};
    for (const phase of ['pre', 'post'] as const) {
      const test = cleanTest(data['tests'][phase]);
      if (test) tests[phase] = test;
    }
    progress.tests = tests;
  }
  const who = data['participant'];
  if (isObject(who)) {
    const read = readParticipant(String(who['team']), String(who['seat']), typeof who['name'] === 'string' ? who['name'] : '');
    if (read.ok) progress.participant = read.participant;
  }
  if (typeof data['postOpened'] === 'string') progress.postOpened = data['postOpened'];
  return progress;
}

export function loadProgress(storage: StorageLike | undefined): Progress {
  return parseProgress(readItem(storage, PROGRESS_KEY));
}

/** Saves; false when the device would not keep it (no storage, blocked, full). */
export function saveProgress(storage: StorageLike | undefined, progress: Progress): boolean {
  return writeItem(storage, PROGRESS_KEY, JSON.stringify(progress));
}

/** Records a quiz's answers and keeps the best score seen; `state` is the practice state per question. */
export function recordQuiz(
  progress: Progress,
  key: string,
  answers: Record<string, string[]>,
  right: number,
  total: number,
  now: Date,
  state?: { tries: Record<string, number>; shown: string[] },
): Progress {
  const previous = progress.quizzes[key];
  const record: QuizRecord = { answers, last: right, best: Math.max(previous?.best ?? 0, right), total, updated: now.toISOString() };
  if (state) Object.assign(record, state);
  return { ...progress, quizzes: { ...progress.quizzes, [key]: record } };
}

/** Records a submitted workshop test; a test already submitted stays as it was (one attempt). */
export function recordTest(progress: Progress, phase: TestPhase, record: TestRecord): Progress {
  if (progress.tests?.[phase]) return progress;
  return { ...progress, tests: { ...progress.tests, [phase]: record } };
}

export function setParticipant(progress: Progress, participant: ParticipantInfo): Progress {
  return { ...progress, participant };
}

/** The trainer opened the post-test on this device although it has no pre-test. */
export function openPostTest(progress: Progress, now: Date): Progress {
  return { ...progress, postOpened: progress.postOpened ?? now.toISOString() };
}

/** Whether the post-test may be taken: after the pre-test, or once the trainer has opened it. */
export function postTestOpen(progress: Progress): boolean {
  return Boolean(progress.tests?.pre || progress.postOpened);
}

/** Marks a module as read (its end was reached); the first date is kept. */
export function recordRead(progress: Progress, slug: string, now: Date): Progress {
  return { ...progress, read: { ...progress.read, [slug]: progress.read[slug] ?? now.toISOString() } };
}
