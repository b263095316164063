/**
 * The class report a training project hands in: how many took part, the pre-test and post-test
 * means, the change, the share who improved, how hard each question was before and after, and the
 * same per team. Pure: the class results page computes it, the CSV writes it, the tests check it.
 */
import { grade, type QuestionShape, type TestPhase } from './result-code.ts';

export interface PhaseResult {
  score: number;
  total: number;
  answers: number[][];
}

/** One participant (team and seat) with the results collected for them. */
export interface Participant {
  team: number;
  seat: number;
  name: string;
  pre?: PhaseResult | undefined;
  post?: PhaseResult | undefined;
}

export interface Mean {
  /** How many results the mean is over. */
  n: number;
  /** Mean score (right answers), or null when n is 0. */
  mean: number | null;
}

export interface Change {
  /** Participants with both a pre-test and a post-test. */
  n: number;
  /** Mean of (post − pre) over them, or null when n is 0. */
  meanChange: number | null;
  improved: number;
  same: number;
  lower: number;
  /** improved / n, or null when n is 0. */
  shareImproved: number | null;
}

export interface QuestionStat {
  /** Position in the test as written (0-based). */
  index: number;
  id: string;
  /** Share of pre-tests and post-tests with this question right (null when none): its difficulty. */
  pre: { right: number; n: number; share: number | null };
  post: { right: number; n: number; share: number | null };
}

export interface GroupStats {
  participants: number;
  pre: Mean;
  post: Mean;
  change: Change;
}

export interface ClassReport extends GroupStats {
  total: number;
  questions: QuestionStat[];
  teams: Array<GroupStats & { team: number }>;
}

const mean = (values: readonly number[]): Mean => ({
  n: values.length,
  mean: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length,
});

function groupStats(list: readonly Participant[]): GroupStats {
  const paired = list.filter((p) => p.pre && p.post);
  const diffs = paired.map((p) => (p.post?.score ?? 0) - (p.pre?.score ?? 0));
  const improved = diffs.filter((d) => d > 0).length;
  return {
    participants: list.length,
    pre: mean(list.flatMap((p) => (p.pre ? [p.pre.score] : []))),
    post: mean(list.flatMap((p) => (p.post ? [p.post.score] : []))),
    change: {
      n: paired.length,
      meanChange: mean(diffs).mean,
      improved,
      same: diffs.filter((d) => d === 0).length,
      lower: diffs.filter((d) => d < 0).length,
      shareImproved: paired.length === 0 ? null : improved / paired.length,
    },
  };
}

function questionStats(list: readonly Participant[], shape: readonly QuestionShape[]): QuestionStat[] {
  const marks = (phase: TestPhase) =>
    list.flatMap((p) => {
      const result = p[phase];
      return result ? [grade(shape, result.answers).perQuestion] : [];
    });
  const pre = marks('pre');
  const post = marks('post');
  const share = (rows: boolean[][], i: number) => {
    const right = rows.filter((r) => r[i]).length;
    return { right, n: rows.length, share: rows.length === 0 ? null : right / rows.length };
  };
  return shape.map((q, index) => ({ index, id: q.id, pre: share(pre, index), post: share(post, index) }));
}

export function classReport(participants: readonly Participant[], shape: readonly QuestionShape[]): ClassReport {
  const teams = [...new Set(participants.map((p) => p.team))].sort((a, b) => a - b);
  return {
    ...groupStats(participants),
    total: shape.length,
    questions: questionStats(participants, shape),
    teams: teams.map((team) => ({ team, ...groupStats(participants.filter((p) => p.team === team)) })),
  };
}

/** Who gets a certificate of completion: everyone whose post-test was collected. */
export function completed(participants: readonly Participant[]): Participant[] {
  return participants.filter((p) => p.post !== undefined);
}
