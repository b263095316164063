/**
 * Evaluates search against the hand-labelled query set (tests/search/queries.yaml): which pages
 * each query must return (the independent matcher of tests/search/oracle.ts, minus the pages
 * labelled as another word), whether the hand labels still hold for the built pages, and the
 * precision, recall and timings of what the search page returned. Shared by
 * `npm run bench:search` and the e2e test.
 */
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { oracleMatches, type OraclePage } from '../../tests/search/oracle.ts';

export interface Query {
  lang: 'th' | 'en';
  q: string;
  /** Pages a reader must get (labelled by hand). */
  must?: string[];
  /** True for words that are in no page. */
  none?: boolean;
  /** Pages where the matcher finds the query only inside another word (labelled by hand): word. */
  otherWord?: Record<string, string>;
}

export function loadQueries(file = 'tests/search/queries.yaml'): Query[] {
  return load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) as Query[];
}

/** The pages a query must return on this build. */
export function expectedPages(query: Query, pages: ReadonlyMap<string, OraclePage>, groups: readonly (readonly string[])[]): string[] {
  const other = new Set(Object.keys(query.otherWord ?? {}));
  return oracleMatches(pages, query.q, query.lang, groups).filter((p) => !other.has(p));
}

/** Hand labels that no longer agree with the built pages (the content changed: check them by hand). */
export function staleLabels(
  queries: readonly Query[],
  pages: ReadonlyMap<string, OraclePage>,
  groups: readonly (readonly string[])[],
): string[] {
  const problems: string[] = [];
  for (const query of queries) {
    const found = oracleMatches(pages, query.q, query.lang, groups);
    const where = `[${query.lang}] ${query.q}`;
    if (query.none && found.length > 0) problems.push(`${where}: labelled as in no page, but ${found.join(', ')} contain it`);
    if (!query.none && (query.must ?? []).length === 0) problems.push(`${where}: label at least one page a reader must get, or none: true`);
    for (const page of query.must ?? [])
      if (!found.includes(page)) problems.push(`${where}: ${page} is labelled as a must, but no longer contains it`);
    for (const page of Object.keys(query.otherWord ?? {}))
      if (!found.includes(page)) problems.push(`${where}: ${page} is labelled as another word, but no longer matches at all`);
    for (const page of query.must ?? [])
      if (query.otherWord?.[page]) problems.push(`${where}: ${page} is labelled both as a must and as another word`);
  }
  return problems;
}

export interface Outcome {
  query: Query;
  expected: string[];
  returned: string[];
  /** Search time on the page (ms). */
  ms: number;
}

export interface Metrics {
  precision: number;
  recall: number;
  medianMs: number;
  p95Ms: number;
  falsePositives: Array<{ q: string; path: string }>;
  misses: Array<{ q: string; path: string }>;
}

/** Micro-averaged precision and recall over all queries; empty expectations count as exact when nothing is returned. */
export function metrics(outcomes: readonly Outcome[]): Metrics {
  let truePositives = 0;
  let returned = 0;
  let expected = 0;
  const falsePositives: Metrics['falsePositives'] = [];
  const misses: Metrics['misses'] = [];
  for (const { query, expected: wantList, returned: got } of outcomes) {
    const want = new Set(wantList);
    returned += got.length;
    expected += want.size;
    for (const path of got) {
      if (want.has(path)) truePositives += 1;
      else falsePositives.push({ q: query.q, path });
    }
    for (const path of want) if (!got.includes(path)) misses.push({ q: query.q, path });
  }
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  return {
    precision: returned === 0 ? 1 : truePositives / returned,
    recall: expected === 0 ? 1 : truePositives / expected,
    medianMs: median(times),
    p95Ms: times[Math.min(times.length - 1, Math.floor(0.95 * times.length))] ?? 0,
    falsePositives,
    misses,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

/** The path of a result link without base, query or fragment. */
export function resultPath(href: string, base: string): string {
  const url = new URL(href, 'http://x');
  const path = url.pathname;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}
