import { describe, expect, it } from 'vitest';
import { classReport, completed, type Participant } from '../../src/lib/learning/class-stats.ts';
import { classCsv, csvCell, type CsvLabels } from '../../src/lib/learning/class-csv.ts';
import {
  addCode,
  emptyClass,
  mergeClass,
  parseClass,
  readClass,
  removeResult,
  serialiseClass,
  setName,
} from '../../src/lib/learning/class-store.ts';
import { encodeResult, qrText, type QuestionShape } from '../../src/lib/learning/result-code.ts';

/** A three-question test: single (key 1), true/false (key 0), multiple (key 0 and 2). */
const shape: QuestionShape[] = [
  { id: 'a', kind: 'single', options: 3, key: [1] },
  { id: 'b', kind: 'single', options: 2, key: [0] },
  { id: 'c', kind: 'multiple', options: 3, key: [0, 2] },
];
const right = [[1], [0], [0, 2]];
const wrong = [[0], [1], [0]];
const mix = (...marks: boolean[]) => marks.map((m, i) => (m ? right[i]! : wrong[i]!));
const result = (answers: number[][]) => ({ score: answers.filter((a, i) => a.join() === right[i]!.join()).length, total: 3, answers });

// Team 1: A 1→3 (+2), B 2→2 (0). Team 2: C 1→2 (+1), D pre only 0, E post only 3.
const participants: Participant[] = [
  { team: 1, seat: 1, name: 'A', pre: result(mix(true, false, false)), post: result(mix(true, true, true)) },
  { team: 1, seat: 2, name: 'B', pre: result(mix(true, true, false)), post: result(mix(false, true, true)) },
  { team: 2, seat: 1, name: '', pre: result(mix(false, true, false)), post: result(mix(true, true, false)) },
  { team: 2, seat: 2, name: 'D', pre: result(mix(false, false, false)) },
  { team: 2, seat: 3, name: 'E', post: result(mix(true, true, true)) },
];

describe('class report', () => {
  const report = classReport(participants, shape);
  it('counts participants and gives the pre and post means over everyone who took each', () => {
    expect(report.participants).toBe(5);
    expect(report.total).toBe(3);
    expect(report.pre).toEqual({ n: 4, mean: (1 + 2 + 1 + 0) / 4 });
    expect(report.post).toEqual({ n: 4, mean: (3 + 2 + 2 + 3) / 4 });
  });
  it('measures the change and the share improved over those who took both', () => {
    expect(report.change).toEqual({ n: 3, meanChange: (2 + 0 + 1) / 3, improved: 2, same: 1, lower: 0, shareImproved: 2 / 3 });
  });
  it('gives each question’s share right before and after', () => {
    expect(report.questions.map((q) => [q.id, q.pre.right, q.pre.n, q.post.right, q.post.n])).toEqual([
      ['a', 2, 4, 3, 4],
      ['b', 2, 4, 4, 4],
      ['c', 0, 4, 3, 4],
    ]);
    expect(report.questions[2]!.pre.share).toBe(0);
    expect(report.questions[2]!.post.share).toBe(0.75);
  });
  it('repeats the figures per team', () => {
    expect(report.teams.map((t) => [t.team, t.participants, t.pre.mean, t.post.mean, t.change.meanChange, t.change.shareImproved])).toEqual(
      [
        [1, 2, 1.5, 2.5, 1, 0.5],
        [2, 3, 0.5, 2.5, 1, 1],
      ],
    );
  });
  it('has no means to report for an empty class (not zero, not NaN)', () => {
    const empty = classReport([], shape);
    expect(empty.pre.mean).toBeNull();
    expect(empty.change.shareImproved).toBeNull();
    expect(empty.questions[0]!.pre.share).toBeNull();
    expect(empty.teams).toEqual([]);
  });
  it('gives certificates to those who completed the post-test only', () => {
    expect(completed(participants).map((p) => `${p.team}-${p.seat}`)).toEqual(['1-1', '1-2', '2-1', '2-3']);
  });
});

const labels: CsvLabels = {
  team: 'ทีม',
  seat: 'ที่นั่ง',
  name: 'ชื่อ',
  pre: 'ก่อน',
  post: 'หลัง',
  change: 'เปลี่ยน',
  questionColumn: (phase, n) => `${phase} ${n}`,
  measure: 'รายการ',
  value: 'ค่า',
  participants: 'ผู้เข้าอบรม',
  preMean: 'เฉลี่ยก่อน',
  postMean: 'เฉลี่ยหลัง',
  paired: 'ทำทั้งสองครั้ง',
  meanChange: 'เปลี่ยนเฉลี่ย',
  improved: 'ดีขึ้น',
  shareImproved: 'ร้อยละดีขึ้น',
  question: 'ข้อ',
  topic: 'เรื่อง',
  preRight: 'ก่อน (%)',
  postRight: 'หลัง (%)',
  questionTopic: (i) => `หัวข้อ ${i + 1}`,
};

describe('class CSV', () => {
  const csv = classCsv(participants, classReport(participants, shape), shape, labels);
  const lines = csv.slice(1).split('\r\n');
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1)).not.toMatch(/[^\r]\n/);
  });
  it('has one row per participant with scores, change and each question right (1) or wrong (0)', () => {
    expect(lines[0]).toBe('ทีม,ที่นั่ง,ชื่อ,ก่อน,หลัง,เปลี่ยน,pre 1,pre 2,pre 3,post 1,post 2,post 3');
    expect(lines[1]).toBe('1,1,A,1,3,2,1,0,0,1,1,1');
    expect(lines[4]).toBe('2,2,D,0,,,0,0,0,,,');
    expect(lines[5]).toBe('2,3,E,,3,,,,,1,1,1');
  });
  it('adds the summary, the questions and the teams', () => {
    expect(lines).toContain('เฉลี่ยก่อน,1');
    expect(lines).toContain('เฉลี่ยหลัง,2.5');
    expect(lines).toContain('เปลี่ยนเฉลี่ย,1');
    expect(lines).toContain('ร้อยละดีขึ้น,66.7');
    expect(lines).toContain('3,หัวข้อ 3,0,75');
    expect(lines).toContain('2,3,0.5,2.5,1,100');
  });
  it('quotes commas, quotes and line breaks, and keeps formulas as text', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });
});

describe('class store', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const code = (team: number, seat: number, phase: 'pre' | 'post', answers: number[][]) =>
    encodeResult({ team, seat, phase, answers }, shape);
  const c1 = code(3, 2, 'pre', wrong);
  const c2 = code(3, 2, 'post', right);
  const c3 = code(4, 1, 'pre', right);

  it('adds a result, refuses the same code again and another result for the same seat and test', () => {
    let data = emptyClass();
    let step = addCode(data, c1, shape, now);
    expect(step.outcome.kind).toBe('added');
    data = step.data;
    step = addCode(data, c1.toLowerCase().replace(/-/g, ' '), shape, now);
    expect(step.outcome.kind).toBe('duplicate');
    expect(step.data).toBe(data);
    step = addCode(data, code(3, 2, 'pre', right), shape, now);
    expect(step.outcome).toMatchObject({ kind: 'conflict', existing: { team: 3, seat: 2, score: 0 } });
    expect(step.data.results).toHaveLength(1);
    step = addCode(data, `${c1.slice(0, -1)}${c1.endsWith('A') ? 'B' : 'A'}`, shape, now);
    expect(step.outcome).toEqual({ kind: 'refused', problem: { kind: 'check' } });
  });

  it('takes the name from a QR code when the participant has none yet', () => {
    let data = addCode(emptyClass(), qrText(c1, 'สมศรี'), shape, now).data;
    data = addCode(data, qrText(c2, 'Somsri'), shape, now).data;
    expect(data.names).toEqual({ '3-2': 'สมศรี' });
    data = setName(data, 3, 2, '  ');
    expect(data.names).toEqual({});
  });

  it('reads the class back as participants, keeping codes that do not read apart', () => {
    let data = emptyClass();
    for (const c of [c1, c2, c3]) data = addCode(data, c, shape, now).data;
    data = setName(data, 4, 1, 'Noi');
    data = { ...data, results: [...data.results, { code: '1ZZZ-ZZZZ', collected: '' }] };
    const { participants: list, unreadable } = readClass(data, shape);
    expect(list.map((p) => [p.team, p.seat, p.name, p.pre?.score, p.post?.score])).toEqual([
      [3, 2, '', 0, 3],
      [4, 1, 'Noi', 3, undefined],
    ]);
    expect(unreadable.map((u) => u.code)).toEqual(['1ZZZ-ZZZZ']);
    expect(readClass(removeResult(data, c2), shape).participants[0]!.post).toBeUndefined();
  });

  it('survives storage that is broken, foreign or partly wrong, and says when it could not read it', () => {
    expect(parseClass(undefined)).toEqual({ data: emptyClass(), unreadable: false });
    expect(parseClass('{"format":"hb-class","v":1,"results":[')).toEqual({ data: emptyClass(), unreadable: true });
    expect(parseClass('{"v":2}').unreadable).toBe(true);
    const partly = parseClass(
      JSON.stringify({
        format: 'hb-class',
        v: 1,
        results: [{ code: c1, collected: 'x' }, { code: 42 }, 'junk', { code: c1 }, { code: '<script>' }],
        names: { '3-2': ' Noi ', bad: 'x', '4-1': 5 },
        settings: { date: '1 Dec', programme: { th: ' โครงการ ', en: 3 } },
      }),
    );
    expect(partly.unreadable).toBe(false);
    expect(partly.data.results).toEqual([{ code: c1, collected: 'x' }]);
    expect(partly.data.names).toEqual({ '3-2': 'Noi' });
    expect(partly.data.settings).toEqual({ programme: { th: 'โครงการ' } });
  });

  it('round-trips through the class file and merges a file without losing or doubling anything', () => {
    let mine = emptyClass();
    for (const c of [c1, c3]) mine = addCode(mine, c, shape, now).data;
    mine = { ...mine, settings: { date: '2026-12-01', programme: {} } };
    const file = serialiseClass(mine);
    expect(parseClass(file).data).toEqual(mine);
    let theirs = emptyClass();
    for (const c of [c1, c2, code(4, 1, 'pre', wrong)]) theirs = addCode(theirs, c, shape, now).data;
    theirs = setName(theirs, 3, 2, 'Som');
    theirs = { ...theirs, settings: { date: '2026-11-30', programme: { en: 'Workshop' } } };
    const merged = mergeClass(mine, parseClass(serialiseClass(theirs)).data, shape, now);
    expect([merged.added, merged.duplicates, merged.conflicts, merged.refused]).toEqual([1, 1, 1, 0]);
    expect(merged.data.results.map((r) => r.code)).toEqual([c1, c3, c2]);
    expect(merged.data.names).toEqual({ '3-2': 'Som' });
    expect(merged.data.settings).toEqual({ date: '2026-12-01', programme: { en: 'Workshop' } });
  });
});
