/**
 * The class a trainer collects on their own device: the result codes (never anything decoded
 * from them: each code carries its own check, so stored data is checked again on every load),
 * the names typed for certificates, and the certificate settings.
 *
 * Stored under one localStorage key and written to the class file in the same shape (version 1):
 *   { format: "hb-class", v: 1,
 *     results: [{ code: "1K3F-9QXA-2B7M-XD4Q", collected: ISO date }],
 *     names: { "<team>-<seat>": name },
 *     settings: { date?: "YYYY-MM-DD", programme: { th?: text, en?: text } } }
 * Reading never throws: broken entries are dropped one by one, and text that is not a class at
 * all is reported as unreadable so the page can keep a copy before it writes anything.
 * Pure: the storage itself is handled by the page through src/lib/safe-storage.ts.
 */
import { cleanName } from './participant.ts';
import { decodeResult, readQrText, type DecodedResult, type DecodeOutcome, type DecodeProblem, type QuestionShape } from './result-code.ts';
import type { Participant } from './class-stats.ts';

export const CLASS_FORMAT = 'hb-class';
const VERSION = 1;

export interface StoredResult {
  code: string;
  collected: string;
}

export interface ClassSettings {
  /** The date printed on the certificates (YYYY-MM-DD); today when unset. */
  date?: string | undefined;
  /** The programme's name on the certificates, per language; the handbook's default when unset. */
  programme: { th?: string | undefined; en?: string | undefined };
}

export interface ClassData {
  format: typeof CLASS_FORMAT;
  v: 1;
  results: StoredResult[];
  names: Record<string, string>;
  settings: ClassSettings;
}

export function emptyClass(): ClassData {
  return { format: CLASS_FORMAT, v: VERSION, results: [], names: {}, settings: { programme: {} } };
}

export const participantKey = (team: number, seat: number): string => `${team}-${seat}`;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PROGRAMME_MAX = 300;

/**
 * Reads stored or imported text. `unreadable` is true when there was text that is not a class of
 * this version (broken JSON, another format): the caller keeps a copy instead of overwriting it.
 */
export function parseClass(raw: string | undefined): { data: ClassData; unreadable: boolean } {
  if (raw === undefined || raw.trim() === '') return { data: emptyClass(), unreadable: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { data: emptyClass(), unreadable: true };
  }
  if (!isObject(parsed) || parsed['format'] !== CLASS_FORMAT || parsed['v'] !== VERSION) return { data: emptyClass(), unreadable: true };
  const data = emptyClass();
  const seen = new Set<string>();
  if (Array.isArray(parsed['results'])) {
    for (const entry of parsed['results']) {
      if (!isObject(entry) || typeof entry['code'] !== 'string' || !/^[0-9A-Za-z-]{1,64}$/.test(entry['code'])) continue;
      if (seen.has(entry['code'])) continue;
      seen.add(entry['code']);
      data.results.push({ code: entry['code'], collected: typeof entry['collected'] === 'string' ? entry['collected'] : '' });
    }
  }
  if (isObject(parsed['names'])) {
    for (const [key, name] of Object.entries(parsed['names'])) {
      if (/^\d{1,2}-\d{1,2}$/.test(key) && typeof name === 'string' && cleanName(name)) data.names[key] = cleanName(name);
    }
  }
  const settings = parsed['settings'];
  if (isObject(settings)) {
    if (typeof settings['date'] === 'string' && DAY.test(settings['date'])) data.settings.date = settings['date'];
    const programme = settings['programme'];
    if (isObject(programme)) {
      for (const lang of ['th', 'en'] as const) {
        const text = programme[lang];
        if (typeof text === 'string' && text.trim()) data.settings.programme[lang] = text.trim().slice(0, PROGRAMME_MAX);
      }
    }
  }
  return { data, unreadable: false };
}

// Each stored code is read again on every change; reading is cheap, but a class file of 300
// results merged into a class of 300 would read 90,000 codes without this.
const decoded = new WeakMap<readonly QuestionShape[], Map<string, DecodeOutcome>>();
function decodeStored(code: string, shape: readonly QuestionShape[]): DecodeOutcome {
  let cache = decoded.get(shape);
  if (!cache) decoded.set(shape, (cache = new Map()));
  let outcome = cache.get(code);
  if (!outcome) cache.set(code, (outcome = decodeResult(code, shape)));
  return outcome;
}

const validDate = (text: string, fallback: Date): Date => {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? fallback : date;
};

export function serialiseClass(data: ClassData): string {
  return JSON.stringify(data);
}

/** Every stored code read back: the participants, and the codes that do not read for this test. */
export function readClass(data: ClassData, shape: readonly QuestionShape[]): { participants: Participant[]; unreadable: StoredResult[] } {
  const byKey = new Map<string, Participant>();
  const unreadable: StoredResult[] = [];
  for (const stored of data.results) {
    const outcome = decodeStored(stored.code, shape);
    if (!outcome.ok) {
      unreadable.push(stored);
      continue;
    }
    const r = outcome.result;
    const key = participantKey(r.team, r.seat);
    const participant = byKey.get(key) ?? { team: r.team, seat: r.seat, name: data.names[key] ?? '' };
    // The first result collected for a participant and test counts (addCode refuses a second).
    if (!participant[r.phase]) participant[r.phase] = { score: r.score, total: r.total, answers: r.answers };
    byKey.set(key, participant);
  }
  const participants = [...byKey.values()].sort((a, b) => a.team - b.team || a.seat - b.seat);
  return { participants, unreadable };
}

export type AddOutcome =
  | { kind: 'added'; result: DecodedResult }
  | { kind: 'duplicate'; result: DecodedResult }
  | { kind: 'conflict'; result: DecodedResult; existing: DecodedResult }
  | { kind: 'refused'; problem: DecodeProblem };

/**
 * Adds one scanned or typed result. Refused: a code that does not read, the same code again
 * (duplicate), and another result for a participant and test already collected (conflict: two
 * people on one seat number, or a test taken twice).
 */
export function addCode(
  data: ClassData,
  text: string,
  shape: readonly QuestionShape[],
  now: Date,
): { data: ClassData; outcome: AddOutcome } {
  const { code, name } = readQrText(text);
  const decoded = decodeResult(code, shape);
  if (!decoded.ok) return { data, outcome: { kind: 'refused', problem: decoded.problem } };
  const result = decoded.result;
  for (const stored of data.results) {
    const other = decodeStored(stored.code, shape);
    if (!other.ok) continue;
    if (other.result.code === result.code) return { data, outcome: { kind: 'duplicate', result } };
    if (other.result.team === result.team && other.result.seat === result.seat && other.result.phase === result.phase) {
      return { data, outcome: { kind: 'conflict', result, existing: other.result } };
    }
  }
  const key = participantKey(result.team, result.seat);
  const names = name && !data.names[key] ? { ...data.names, [key]: name } : data.names;
  return {
    data: { ...data, results: [...data.results, { code: result.code, collected: now.toISOString() }], names },
    outcome: { kind: 'added', result },
  };
}

/** Removes the results of one participant and test (the trainer's fix for a wrong or doubled result). */
export function removeResult(data: ClassData, code: string): ClassData {
  return { ...data, results: data.results.filter((r) => r.code !== code) };
}

/** Sets (or with an empty name clears) the name printed on a participant's certificate. */
export function setName(data: ClassData, team: number, seat: number, name: string): ClassData {
  const names = { ...data.names };
  const clean = cleanName(name);
  if (clean) names[participantKey(team, seat)] = clean;
  else delete names[participantKey(team, seat)];
  return { ...data, names };
}

export function setSettings(data: ClassData, settings: ClassSettings): ClassData {
  return { ...data, settings };
}

/**
 * Adds a class file's results to this class (nothing here is replaced): each incoming code goes
 * through the same checks as a scanned one. Names and settings fill only what is empty here.
 */
export function mergeClass(
  current: ClassData,
  incoming: ClassData,
  shape: readonly QuestionShape[],
  now: Date,
): { data: ClassData; added: number; duplicates: number; conflicts: number; refused: number } {
  let data = current;
  const counts = { added: 0, duplicates: 0, conflicts: 0, refused: 0 };
  for (const stored of incoming.results) {
    const step = addCode(data, stored.code, shape, validDate(stored.collected, now));
    data = step.data;
    const kind = step.outcome.kind;
    if (kind === 'added') counts.added++;
    else if (kind === 'duplicate') counts.duplicates++;
    else if (kind === 'conflict') counts.conflicts++;
    else counts.refused++;
  }
  const names = { ...data.names };
  for (const [key, name] of Object.entries(incoming.names)) names[key] ??= name;
  const settings: ClassSettings = {
    date: data.settings.date ?? incoming.settings.date,
    programme: {
      th: data.settings.programme.th ?? incoming.settings.programme.th,
      en: data.settings.programme.en ?? incoming.settings.programme.en,
    },
  };
  return { data: { ...data, names, settings }, ...counts };
}
