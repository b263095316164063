import { describe, expect, it } from 'vitest';
import { shuffledOrder } from '../../src/lib/learning/test-order.ts';
import { localDay, openCode, opensPostTest } from '../../src/lib/learning/open-code.ts';
import { buddhistYear, certificateDate } from '../../src/lib/learning/certificate-date.ts';
import { readParticipant } from '../../src/lib/learning/participant.ts';
import {
  emptyProgress,
  openPostTest,
  parseProgress,
  postTestOpen,
  recordQuiz,
  recordTest,
  setParticipant,
  type TestRecord,
} from '../../src/lib/quiz/progress-store.ts';

describe('post-test order', () => {
  it('moves every question, the same way each time for a participant, differently for the next seat', () => {
    const order = shuffledOrder(15, '3-2');
    expect([...order].sort((a, b) => a - b)).toEqual([...Array(15).keys()]);
    expect(order.every((item, place) => item !== place)).toBe(true);
    expect(shuffledOrder(15, '3-2')).toEqual(order);
    expect(shuffledOrder(15, '3-3')).not.toEqual(order);
  });
  it('holds for any seed and small tests', () => {
    for (let seat = 1; seat <= 200; seat++) {
      const order = shuffledOrder(seat % 7 === 0 ? 2 : 15, `t-${seat}`);
      expect(order.every((item, place) => item !== place)).toBe(true);
    }
    expect(shuffledOrder(1, 'x')).toEqual([0]);
    expect(shuffledOrder(2, 'x')).toEqual([1, 0]);
  });
});

describe('post-test open code', () => {
  it('is four digits that change with the day', () => {
    expect(openCode('2026-12-01')).toMatch(/^\d{4}$/);
    expect(openCode('2026-12-01')).toBe(openCode('2026-12-01'));
    expect(openCode('2026-12-02')).not.toBe(openCode('2026-12-01'));
  });
  it('opens the post-test on the day it is for only', () => {
    const day = new Date(2026, 11, 1, 15, 30);
    expect(localDay(day)).toBe('2026-12-01');
    const code = openCode('2026-12-01');
    expect(opensPostTest(` ${code.slice(0, 2)} ${code.slice(2)} `, day)).toBe(true);
    expect(opensPostTest(code, new Date(2026, 11, 2, 9))).toBe(false);
    expect(opensPostTest('', day)).toBe(false);
  });
});

describe('certificate date', () => {
  it('writes the Buddhist Era in Thai and both eras in English', () => {
    expect(buddhistYear(2026)).toBe(2569);
    expect(certificateDate('2026-12-01', 'th')).toBe('1 ธันวาคม พ.ศ. 2569');
    expect(certificateDate('2023-05-19', 'th')).toBe('19 พฤษภาคม พ.ศ. 2566');
    expect(certificateDate('2026-12-01', 'en')).toBe('1 December 2026 (B.E. 2569)');
    expect(() => certificateDate('2026-13-01', 'th')).toThrow(/Not a date/);
    expect(() => certificateDate('1/12/2026', 'en')).toThrow(/Not a date/);
  });
});

describe('participant code', () => {
  it('reads team and seat (Thai digits too) and cleans the name', () => {
    expect(readParticipant(' 12 ', '๓', '  นาง สมศรี ')).toEqual({ ok: true, participant: { team: 12, seat: 3, name: 'นาง สมศรี' } });
    expect(readParticipant('0', '1', '')).toEqual({ ok: false, problem: 'team' });
    expect(readParticipant('100', '1', '')).toEqual({ ok: false, problem: 'team' });
    expect(readParticipant('5', 'a', '')).toEqual({ ok: false, problem: 'seat' });
  });
});

describe('progress store: tests, participant, practice state', () => {
  const test: TestRecord = { answers: { q1: [1], q2: [] }, right: 1, total: 15, submitted: '2026-12-01T02:00:00.000Z' };
  it('locks a submitted test: a second submission changes nothing', () => {
    const once = recordTest(emptyProgress(), 'pre', test);
    expect(once.tests?.pre).toEqual(test);
    const twice = recordTest(once, 'pre', { ...test, right: 15 });
    expect(twice).toBe(once);
  });
  it('opens the post-test after the pre-test, or when the trainer opened it', () => {
    expect(postTestOpen(emptyProgress())).toBe(false);
    expect(postTestOpen(recordTest(emptyProgress(), 'pre', test))).toBe(true);
    expect(postTestOpen(openPostTest(emptyProgress(), new Date()))).toBe(true);
  });
  it('keeps tests, participant and practice state through storage, and drops what is broken', () => {
    let progress = recordTest(emptyProgress(), 'post', test);
    progress = setParticipant(progress, { team: 3, seat: 2, name: 'Noi' });
    progress = recordQuiz(progress, 'th/m', { q1: ['0'] }, 0, 3, new Date(), { tries: { q1: 1 }, shown: [] });
    expect(parseProgress(JSON.stringify(progress))).toEqual(progress);
    const broken = parseProgress(
      JSON.stringify({
        v: 1,
        quizzes: { 'th/m': { answers: {}, best: 1, total: 2, tries: { q1: 'x', q2: 2 }, shown: ['q2', 3] } },
        read: {},
        tests: { pre: { ...test, right: 99 }, post: { ...test, answers: { q1: ['a'] } } },
        participant: { team: 300, seat: 1 },
      }),
    );
    expect(broken.quizzes['th/m']).toMatchObject({ tries: { q2: 2 }, shown: ['q2'] });
    expect(broken.tests).toEqual({ post: { ...test, answers: {} } });
    expect(broken.participant).toBeUndefined();
  });
  it('still reads what earlier versions of the site stored', () => {
    const old = parseProgress(
      '{"v":1,"quizzes":{"th/m":{"answers":{"q1":["0"]},"last":1,"best":1,"total":3,"updated":"x"}},"read":{"m":"d"}}',
    );
    expect(old.quizzes['th/m']).toEqual({ answers: { q1: ['0'] }, last: 1, best: 1, total: 3, updated: 'x' });
    expect(old.read).toEqual({ m: 'd' });
    expect(old.tests).toBeUndefined();
  });
});
