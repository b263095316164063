/**
 * The class report as a CSV file for a spreadsheet: UTF-8 with a byte-order mark and CRLF line
 * ends, so Excel opens Thai text correctly. Four blocks, each with its own header row, separated
 * by an empty row: participants (scores and each question right or wrong), the class summary,
 * the questions (share right before and after), the teams. Pure.
 */
import { grade, type QuestionShape } from './result-code.ts';
import type { ClassReport, Participant } from './class-stats.ts';

export interface CsvLabels {
  team: string;
  seat: string;
  name: string;
  pre: string;
  post: string;
  change: string;
  /** Column of a question's mark in one test, e.g. "Pre q3". */
  questionColumn: (phase: 'pre' | 'post', n: number) => string;
  measure: string;
  value: string;
  participants: string;
  preMean: string;
  postMean: string;
  paired: string;
  meanChange: string;
  improved: string;
  shareImproved: string;
  question: string;
  topic: string;
  preRight: string;
  postRight: string;
  /** A question's label (its number and topic) by its position in the test. */
  questionTopic: (index: number) => string;
}

const BOM = '\uFEFF';

/** A cell as a spreadsheet reads it; text that a spreadsheet would run as a formula is kept as text. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const round = (n: number | null, digits: number): number | null => (n === null ? null : Number(n.toFixed(digits)));
const percent = (share: number | null): number | null => (share === null ? null : round(share * 100, 1));

export function classCsv(participants: readonly Participant[], report: ClassReport, shape: readonly QuestionShape[], l: CsvLabels): string {
  const rows: Array<Array<string | number | null>> = [];
  const numbers = shape.map((_, i) => i + 1);
  rows.push([
    l.team,
    l.seat,
    l.name,
    l.pre,
    l.post,
    l.change,
    ...numbers.map((n) => l.questionColumn('pre', n)),
    ...numbers.map((n) => l.questionColumn('post', n)),
  ]);
  for (const p of participants) {
    const marks = (result: Participant['pre']) =>
      result ? grade(shape, result.answers).perQuestion.map((right) => (right ? 1 : 0)) : shape.map(() => null);
    rows.push([
      p.team,
      p.seat,
      p.name,
      p.pre?.score ?? null,
      p.post?.score ?? null,
      p.pre && p.post ? p.post.score - p.pre.score : null,
      ...marks(p.pre),
      ...marks(p.post),
    ]);
  }
  rows.push([]);
  rows.push([l.measure, l.value]);
  rows.push([l.participants, report.participants]);
  rows.push([l.preMean, round(report.pre.mean, 2)]);
  rows.push([l.postMean, round(report.post.mean, 2)]);
  rows.push([l.paired, report.change.n]);
  rows.push([l.meanChange, round(report.change.meanChange, 2)]);
  rows.push([l.improved, report.change.improved]);
  rows.push([l.shareImproved, percent(report.change.shareImproved)]);
  rows.push([]);
  rows.push([l.question, l.topic, l.preRight, l.postRight]);
  for (const q of report.questions) rows.push([q.index + 1, l.questionTopic(q.index), percent(q.pre.share), percent(q.post.share)]);
  rows.push([]);
  rows.push([l.team, l.participants, l.preMean, l.postMean, l.meanChange, l.shareImproved]);
  for (const t of report.teams) {
    rows.push([
      t.team,
      t.participants,
      round(t.pre.mean, 2),
      round(t.post.mean, 2),
      round(t.change.meanChange, 2),
      percent(t.change.shareImproved),
    ]);
  }
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
