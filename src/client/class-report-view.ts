/**
 * The class report on the class results page, drawn from the figures of class-stats.ts into the
 * tables the page renders (facilitator/class.astro), and the CSV's labels in the page's language.
 */
import type { ClassReport } from '../lib/learning/class-stats.ts';
import type { CsvLabels } from '../lib/learning/class-csv.ts';
import type { TestPhase } from '../lib/learning/result-code.ts';

/** Fills the {placeholders} of a UI string the page was given. */
export const fill = (template: string, values: object) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String((values as Record<string, unknown>)[name] ?? whole));

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

const signed = (text: string, n: number) => `${n > 0 ? '+' : ''}${text}`;

export function renderReport(
  root: HTMLElement,
  report: ClassReport,
  topics: readonly string[],
  text: Record<string, string>,
  lang: 'th' | 'en',
): void {
  const number = (n: number, digits = 1) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'th-TH', { maximumFractionDigits: digits });
  const percent = (share: number | null) => (share === null ? '–' : number(share * 100, 0));
  const mean = (m: number | null) => (m === null ? '–' : number(m));
  const meanOf = (m: { n: number; mean: number | null }) =>
    m.mean === null ? '–' : fill(text['class.meanOf'] ?? '', { mean: number(m.mean), total: report.total, n: m.n });
  const figure = (name: string, value: string) => {
    const dd = root.querySelector(`[data-figure="${name}"]`);
    if (dd) dd.textContent = value;
  };
  const c = report.change;
  figure('participants', String(report.participants));
  figure('pre', meanOf(report.pre));
  figure('post', meanOf(report.post));
  figure(
    'change',
    c.meanChange === null ? '–' : fill(text['class.changeOf'] ?? '', { change: signed(number(c.meanChange), c.meanChange), n: c.n }),
  );
  figure(
    'improved',
    c.shareImproved === null
      ? '–'
      : fill(text['class.improvedOf'] ?? '', { percent: percent(c.shareImproved), improved: c.improved, n: c.n }),
  );
  const cell = (value: string, className = 'py-2 pr-3 text-right tabular-nums') => element('td', className, value);
  const rowHead = (value: string) => {
    const th = element('th', 'py-2 pr-3 font-normal tabular-nums', value);
    th.scope = 'row';
    return th;
  };
  root.querySelector('.report-questions tbody')?.replaceChildren(
    ...report.questions.map((q) => {
      const row = element('tr', 'border-b border-line align-top');
      row.append(
        rowHead(String(q.index + 1)),
        cell(topics[q.index] ?? q.id, 'py-2 pr-3'),
        cell(percent(q.pre.share)),
        cell(percent(q.post.share), 'py-2 text-right tabular-nums'),
      );
      return row;
    }),
  );
  root.querySelector('.report-teams tbody')?.replaceChildren(
    ...report.teams.map((t) => {
      const row = element('tr', 'border-b border-line');
      const change = t.change.meanChange === null ? '–' : signed(number(t.change.meanChange), t.change.meanChange);
      row.append(
        rowHead(String(t.team)),
        cell(String(t.participants)),
        cell(mean(t.pre.mean)),
        cell(mean(t.post.mean)),
        cell(change),
        cell(percent(t.change.shareImproved), 'py-2 text-right tabular-nums'),
      );
      return row;
    }),
  );
}

export function csvLabels(text: Record<string, string>, topics: readonly string[], phaseName: (phase: TestPhase) => string): CsvLabels {
  const x = (key: string) => text[key] ?? '';
  return {
    team: x('class.team'),
    seat: x('class.seat'),
    name: x('class.name'),
    pre: x('class.pre'),
    post: x('class.post'),
    change: x('class.change'),
    questionColumn: (phase, n) => fill(x('class.questionColumn'), { test: phaseName(phase), n }),
    measure: x('class.measure'),
    value: x('class.value'),
    participants: x('class.participants'),
    preMean: x('class.preMean'),
    postMean: x('class.postMean'),
    paired: x('class.paired'),
    meanChange: x('class.meanChange'),
    improved: x('class.improved'),
    shareImproved: x('class.shareImproved'),
    question: x('class.question'),
    topic: x('class.topic'),
    preRight: x('class.preRight'),
    postRight: x('class.postRight'),
    questionTopic: (i) => topics[i] ?? '',
  };
}
