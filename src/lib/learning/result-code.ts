/**
 * The result code: one trainee's workshop test result as 16 characters that a trainer can scan
 * (inside a QR code) or type, with no server and no network.
 *
 * Layout (version 1), in Crockford's base-32 alphabet (no I, L, O, U: nothing to confuse with 1
 * and 0), shown in groups of four ("1K3F-9QXA-…"):
 *   [version][payload …][check]
 * - version: one character, "1". A code of another version is refused with its own message.
 * - payload: one number written in base 32 with a fixed width, built as a mixed-radix number from
 *   the test's fingerprint (which questions, options and answers the test has: a code made for
 *   another edition of the test is refused, not misread), pre or post, team (1–99), seat (1–99),
 *   the score (checked again against the answers), then each question's answer: a single-choice
 *   question is "blank or option i" (options + 1 values), a multiple-choice question is the set of
 *   options ticked (2^options values).
 * - check: a Luhn mod 32 check character over the version and payload. It catches every single
 *   wrong character and every swap of two neighbours except 0↔Z.
 * Pure: the trainee's page encodes, the trainer's page decodes, the tests do both.
 */

import { cleanName, MAX_SEAT, MAX_TEAM } from './participant.ts';

export const CODE_VERSION = 1;
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BASE = ALPHABET.length;
const FINGERPRINT_RANGE = 1024;

export type TestPhase = 'pre' | 'post';
export const PHASES: readonly TestPhase[] = ['pre', 'post'];

/** What the code needs to know about one question: its kind, its number of options, its key. */
export interface QuestionShape {
  id: string;
  kind: 'single' | 'multiple';
  options: number;
  /** The indexes of the right options. */
  key: readonly number[];
}

export interface TestResult {
  phase: TestPhase;
  team: number;
  seat: number;
  /** Per question, in the shape's order: the option indexes chosen (empty when left blank). */
  answers: number[][];
}

export interface DecodedResult extends TestResult {
  /** Right answers. */
  score: number;
  total: number;
  /** The code, normalised and grouped as the trainee's screen shows it. */
  code: string;
}

export type DecodeProblem =
  | { kind: 'empty' }
  | { kind: 'character'; char: string }
  | { kind: 'length'; expected: number; got: number }
  | { kind: 'check' }
  | { kind: 'version'; version: string }
  | { kind: 'test' }
  | { kind: 'invalid' };

export type DecodeOutcome = { ok: true; result: DecodedResult } | { ok: false; problem: DecodeProblem };

/** The shape of a rendered quiz (src/lib/quiz/questions.ts views). */
export function shapeOf(
  questions: ReadonlyArray<{ id: string; kind: 'single' | 'multiple'; options: ReadonlyArray<{ correct: boolean }> }>,
) {
  return questions.map((q): QuestionShape => ({
    id: q.id,
    kind: q.kind,
    options: q.options.length,
    key: q.options.flatMap((o, i) => (o.correct ? [i] : [])),
  }));
}

/** A number from 0 to 1023 that changes when the test's questions, options or answers change. */
export function fingerprint(shape: readonly QuestionShape[]): number {
  const text = shape.map((q) => `${q.id}:${q.kind}:${q.options}:${q.key.join('.')}`).join('|');
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % FINGERPRINT_RANGE;
}

/** Whether each question is answered right, and how many are. */
export function grade(
  shape: readonly QuestionShape[],
  answers: ReadonlyArray<readonly number[]>,
): { right: number; perQuestion: boolean[] } {
  const sorted = (list: readonly number[]) => [...new Set(list)].sort((a, b) => a - b);
  const perQuestion = shape.map((q, i) => {
    const chosen = sorted(answers[i] ?? []);
    const key = sorted(q.key);
    return chosen.length === key.length && chosen.every((c, j) => c === key[j]);
  });
  return { right: perQuestion.filter(Boolean).length, perQuestion };
}

const radixOf = (q: QuestionShape): bigint => (q.kind === 'single' ? BigInt(q.options + 1) : 1n << BigInt(q.options));

function radices(shape: readonly QuestionShape[]): bigint[] {
  return [BigInt(FINGERPRINT_RANGE), 2n, BigInt(MAX_TEAM + 1), BigInt(MAX_SEAT + 1), BigInt(shape.length + 1), ...shape.map(radixOf)];
}

/** Payload characters for a test of this shape. */
function payloadLength(shape: readonly QuestionShape[]): number {
  const range = radices(shape).reduce((a, b) => a * b, 1n);
  let length = 0;
  for (let capacity = 1n; capacity < range; capacity *= BigInt(BASE)) length++;
  return length;
}

/** Characters in a code for a test of this shape, without the group separators. */
export function codeLength(shape: readonly QuestionShape[]): number {
  return 1 + payloadLength(shape) + 1;
}

/** The Luhn mod 32 check character of a string of alphabet characters. */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const addend = factor * ALPHABET.indexOf(body[i] ?? '0');
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / BASE) + (addend % BASE);
  }
  return ALPHABET[(BASE - (sum % BASE)) % BASE] ?? '0';
}

/** "1K3F9QXA…" → "1K3F-9QXA-…". */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? '';
}

/**
 * A typed code as the alphabet writes it: spaces and hyphens dropped, lower case raised, and the
 * letters people type for digits (O for 0, I and L for 1) read as the digits.
 */
export function normaliseCode(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

function answerDigit(q: QuestionShape, chosen: readonly number[]): bigint {
  const valid = [...new Set(chosen)].filter((c) => Number.isInteger(c) && c >= 0 && c < q.options);
  if (valid.length !== chosen.length) throw new RangeError(`Question ${q.id}: an answer is not one of its ${q.options} options.`);
  if (q.kind === 'single') {
    if (valid.length > 1) throw new RangeError(`Question ${q.id} takes one answer.`);
    return valid.length === 0 ? 0n : BigInt((valid[0] ?? 0) + 1);
  }
  return valid.reduce((bits, c) => bits | (1n << BigInt(c)), 0n);
}

function answerFromDigit(q: QuestionShape, digit: bigint): number[] {
  if (q.kind === 'single') return digit === 0n ? [] : [Number(digit) - 1];
  const chosen: number[] = [];
  for (let i = 0; i < q.options; i++) if ((digit >> BigInt(i)) & 1n) chosen.push(i);
  return chosen;
}

/** The code of a result, grouped for reading ("1K3F-9QXA-2B7M-XD4Q"). Throws on a result out of range. */
export function encodeResult(result: TestResult, shape: readonly QuestionShape[]): string {
  const { team, seat, phase, answers } = result;
  if (!Number.isInteger(team) || team < 1 || team > MAX_TEAM) throw new RangeError(`Team must be 1 to ${MAX_TEAM}.`);
  if (!Number.isInteger(seat) || seat < 1 || seat > MAX_SEAT) throw new RangeError(`Seat must be 1 to ${MAX_SEAT}.`);
  if (answers.length !== shape.length) throw new RangeError(`Expected ${shape.length} answers, got ${answers.length}.`);
  const digits = [
    BigInt(fingerprint(shape)),
    phase === 'post' ? 1n : 0n,
    BigInt(team),
    BigInt(seat),
    BigInt(grade(shape, answers).right),
    ...shape.map((q, i) => answerDigit(q, answers[i] ?? [])),
  ];
  const bases = radices(shape);
  let value = 0n;
  digits.forEach((d, i) => (value = value * (bases[i] ?? 1n) + d));
  let payload = '';
  for (let i = 0; i < payloadLength(shape); i++) {
    payload = (ALPHABET[Number(value % BigInt(BASE))] ?? '0') + payload;
    value /= BigInt(BASE);
  }
  const body = `${CODE_VERSION}${payload}`;
  return groupCode(body + checkCharacter(body));
}

/** Reads a typed or scanned code; says exactly what is wrong with one that does not read. */
export function decodeResult(text: string, shape: readonly QuestionShape[]): DecodeOutcome {
  const code = normaliseCode(text);
  const fail = (problem: DecodeProblem): DecodeOutcome => ({ ok: false, problem });
  if (code === '') return fail({ kind: 'empty' });
  const stray = [...code].find((c) => !ALPHABET.includes(c));
  if (stray !== undefined) return fail({ kind: 'character', char: stray });
  const expected = codeLength(shape);
  if (code.length !== expected) return fail({ kind: 'length', expected, got: code.length });
  const body = code.slice(0, -1);
  if (checkCharacter(body) !== code.slice(-1)) return fail({ kind: 'check' });
  if (code[0] !== String(CODE_VERSION)) return fail({ kind: 'version', version: code[0] ?? '' });
  let value = 0n;
  for (const c of body.slice(1)) value = value * BigInt(BASE) + BigInt(ALPHABET.indexOf(c));
  const bases = radices(shape);
  const digits: bigint[] = [];
  for (let i = bases.length - 1; i >= 0; i--) {
    const radix = bases[i] ?? 1n;
    digits[i] = value % radix;
    value /= radix;
  }
  if (value !== 0n) return fail({ kind: 'invalid' });
  const [print, phase, team, seat, score] = digits.map(Number) as [number, number, number, number, number];
  if (print !== fingerprint(shape)) return fail({ kind: 'test' });
  if (team < 1 || seat < 1) return fail({ kind: 'invalid' });
  const answers = shape.map((q, i) => answerFromDigit(q, digits[i + 5] ?? 0n));
  if (grade(shape, answers).right !== score) return fail({ kind: 'invalid' });
  return {
    ok: true,
    result: { phase: phase === 1 ? 'post' : 'pre', team, seat, answers, score, total: shape.length, code: groupCode(code) },
  };
}

/**
 * The text inside a result's QR code: the code, then on a second line the name the trainee typed,
 * if any (it travels from phone to phone in the room, never over a network).
 */
export function qrText(code: string, name: string): string {
  const clean = cleanName(name);
  return clean ? `${code}\n${clean}` : code;
}

/** Splits a scanned QR text into the code and the name. */
export function readQrText(text: string): { code: string; name: string } {
  const [code = '', ...rest] = text.split(/\r?\n/);
  return { code, name: cleanName(rest.join(' ')) };
}
