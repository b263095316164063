import { describe, expect, it } from 'vitest';
import {
  ALPHABET,
  checkCharacter,
  codeLength,
  decodeResult,
  encodeResult,
  fingerprint,
  grade,
  normaliseCode,
  qrText,
  readQrText,
  shapeOf,
  type QuestionShape,
  type TestResult,
} from '../../src/lib/learning/result-code.ts';

/** The workshop test's shape: 7 single (4 options), 5 true/false, 3 multiple (5 options). */
const kinds = ['s4', 'tf', 'tf', 's4', 'm5', 's4', 's4', 'tf', 's4', 'm5', 'm5', 'tf', 's4', 's4', 'tf'];
const keys = [[1], [1], [1], [2], [0, 1, 2], [1], [1], [1], [2], [0, 1, 4], [0, 1, 2], [0], [1], [1], [0]];
const shape: QuestionShape[] = kinds.map((k, i) => ({
  id: `q${i + 1}`,
  kind: k === 'm5' ? 'multiple' : 'single',
  options: k === 'tf' ? 2 : k === 's4' ? 4 : 5,
  key: keys[i] ?? [],
}));
const allRight = (): number[][] => shape.map((q) => [...q.key]);
const sample: TestResult = {
  phase: 'pre',
  team: 12,
  seat: 4,
  answers: [[0], [1], [], [2], [0, 2], [1], [3], [0], [2], [0, 1, 4], [4], [0], [1], [], [0]],
};

describe('result code', () => {
  it('is 16 characters in four groups for the workshop test', () => {
    expect(codeLength(shape)).toBe(16);
    const code = encodeResult(sample, shape);
    expect(code).toMatch(/^1[0-9A-HJKMNP-TV-Z]{3}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('reads back exactly what was written, with the score worked out from the answers', () => {
    const decoded = decodeResult(encodeResult(sample, shape), shape);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.result).toMatchObject({ ...sample, total: 15 });
    expect(decoded.result.score).toBe(grade(shape, sample.answers).right);
    expect(decoded.result.score).toBe(8);
  });

  it('round-trips extremes: every answer blank, every answer right, every option ticked, team and seat 99', () => {
    const cases: TestResult[] = [
      { phase: 'pre', team: 1, seat: 1, answers: shape.map(() => []) },
      { phase: 'post', team: 99, seat: 99, answers: allRight() },
      {
        phase: 'post',
        team: 30,
        seat: 5,
        answers: shape.map((q) => (q.kind === 'multiple' ? [...Array(q.options).keys()] : [q.options - 1])),
      },
    ];
    for (const c of cases) {
      const decoded = decodeResult(encodeResult(c, shape), shape);
      expect(decoded.ok && decoded.result).toMatchObject(c);
    }
    const best = decodeResult(encodeResult(cases[1]!, shape), shape);
    expect(best.ok && best.result.score).toBe(15);
  });

  it('is read the way people type it: lower case, spaces, O for 0, I or L for 1', () => {
    const code = encodeResult(sample, shape);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normaliseCode(typed)).toBe(code.replace(/-/g, ''));
    expect(decodeResult(typed, shape).ok).toBe(true);
  });

  it('catches every single wrong character', () => {
    const raw = encodeResult(sample, shape).replace(/-/g, '');
    for (let i = 0; i < raw.length; i++) {
      for (const c of ALPHABET) {
        if (c === raw[i]) continue;
        const typo = raw.slice(0, i) + c + raw.slice(i + 1);
        expect(decodeResult(typo, shape).ok, `${typo} (position ${i})`).toBe(false);
      }
    }
  });

  it('catches every swap of two neighbours except 0 and Z (the one pair Luhn mod 32 misses)', () => {
    const missed: string[] = [];
    for (const a of ALPHABET) {
      for (const b of ALPHABET) {
        if (a === b) continue;
        const body = `1${a}${b}KM`;
        if (checkCharacter(body) === checkCharacter(`1${b}${a}KM`)) missed.push([a, b].sort().join(''));
      }
    }
    expect([...new Set(missed)]).toEqual(['0Z']);
    const raw = encodeResult(sample, shape).replace(/-/g, '');
    for (let i = 0; i + 1 < raw.length; i++) {
      if (raw[i] === raw[i + 1] || [raw[i], raw[i + 1]].sort().join('') === '0Z') continue;
      const swapped = raw.slice(0, i) + raw[i + 1] + raw[i] + raw.slice(i + 2);
      expect(decodeResult(swapped, shape).ok, swapped).toBe(false);
    }
  });

  it('says what is wrong: empty, a stray character, the length, the check, the version, another test', () => {
    const raw = encodeResult(sample, shape).replace(/-/g, '');
    const problem = (text: string) => {
      const d = decodeResult(text, shape);
      return d.ok ? undefined : d.problem;
    };
    expect(problem('  ')).toEqual({ kind: 'empty' });
    expect(problem(`${raw.slice(0, 5)}#${raw.slice(6)}`)).toEqual({ kind: 'character', char: '#' });
    expect(problem(`${raw.slice(0, 5)}U${raw.slice(6)}`)).toEqual({ kind: 'character', char: 'U' });
    expect(problem(raw.slice(0, -1))).toEqual({ kind: 'length', expected: 16, got: 15 });
    expect(problem(`${raw}A`)).toEqual({ kind: 'length', expected: 16, got: 17 });
    const wrongCheck = raw.slice(0, -1) + ALPHABET[(ALPHABET.indexOf(raw.slice(-1)) + 1) % 32];
    expect(problem(wrongCheck)).toEqual({ kind: 'check' });
    // A code of version 2 with a valid check character: refused as another version, not as a typo.
    const v2 = `2${raw.slice(1, -1)}`;
    expect(problem(v2 + checkCharacter(v2))).toEqual({ kind: 'version', version: '2' });
    // The same answers for a test whose key changed: refused as made for another test.
    const edited = shape.map((q, i) => (i === 0 ? { ...q, key: [0] } : q));
    expect(fingerprint(edited)).not.toBe(fingerprint(shape));
    expect(decodeResult(raw, edited)).toEqual({ ok: false, problem: { kind: 'test' } });
  });

  it('refuses a code whose check character fits but whose content cannot be (score not matching the answers)', () => {
    // Search codes with a valid check character that decode to impossible contents.
    const raw = encodeResult(sample, shape).replace(/-/g, '');
    let invalid = 0;
    for (let i = 1; i < 15 && invalid === 0; i++) {
      for (const c of ALPHABET) {
        const body = raw.slice(0, i) + c + raw.slice(i + 1, -1);
        const d = decodeResult(body + checkCharacter(body), shape);
        if (!d.ok && d.problem.kind === 'invalid') invalid++;
      }
    }
    expect(invalid).toBeGreaterThan(0);
  });

  it('refuses results it cannot write', () => {
    expect(() => encodeResult({ ...sample, team: 0 }, shape)).toThrow(/Team/);
    expect(() => encodeResult({ ...sample, seat: 100 }, shape)).toThrow(/Seat/);
    expect(() => encodeResult({ ...sample, answers: sample.answers.slice(1) }, shape)).toThrow(/15 answers/);
    expect(() => encodeResult({ ...sample, answers: [[0, 1], ...sample.answers.slice(1)] }, shape)).toThrow(/one answer/);
    expect(() => encodeResult({ ...sample, answers: [[7], ...sample.answers.slice(1)] }, shape)).toThrow(/options/);
  });

  it('builds its shape from rendered questions', () => {
    const s = shapeOf([
      { id: 'a', kind: 'single', options: [{ correct: false }, { correct: true }] },
      { id: 'b', kind: 'multiple', options: [{ correct: true }, { correct: false }, { correct: true }] },
    ]);
    expect(s).toEqual([
      { id: 'a', kind: 'single', options: 2, key: [1] },
      { id: 'b', kind: 'multiple', options: 3, key: [0, 2] },
    ]);
  });

  it('carries a name in the QR text only, cleaned', () => {
    const code = encodeResult(sample, shape);
    expect(qrText(code, '')).toBe(code);
    const text = qrText(code, '  สมชาย\tใจดี \n');
    expect(text).toBe(`${code}\nสมชาย ใจดี`);
    expect(readQrText(text)).toEqual({ code, name: 'สมชาย ใจดี' });
    expect(readQrText(code)).toEqual({ code, name: '' });
  });
});
