/**
 * Evaluates search against a committed query set: which built pages contain each query
 * (read from the HTML independently of Pagefind), and precision, recall and latency of
 * what the search page returned. Shared by `npm run bench:search` and the e2e test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { containsQuery, expandQuery, type EquivalentGroups } from '../../src/lib/search-query.ts';

export interface Query {
  lang: 'th' | 'en';
  q: string;
  expect?: string[];
}

export function loadQueries(file = 'tests/search/queries.yaml'): Query[] {
  return load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) as Query[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** Index just past the close tag matching the element that opens at `start` (same tag name, nesting counted). */
function elementEnd(html: string, start: number, tag: string): number {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** Removes every element marked data-pagefind-ignore (quizzes, slides), as Pagefind does. */
function withoutIgnored(html: string): string {
  let out = html;
  for (let m = /<([\w-]+)[^>]*\sdata-pagefind-ignore[^>]*>/.exec(out); m; m = /<([\w-]+)[^>]*\sdata-pagefind-ignore[^>]*>/.exec(out)) {
    out = `${out.slice(0, m.index)} ${out.slice(elementEnd(out, m.index, m[1] ?? 'div'))}`;
  }
  return out;
}

/** The text Pagefind indexes on a built page: the data-pagefind-body element, minus ignored parts. */
export function indexedText(html: string): string | undefined {
  const open = /<(\w+)[^>]*\sdata-pagefind-body[^>]*>/.exec(html);
  if (!open) return undefined;
  const body = html.slice(open.index, elementEnd(html, open.index, open[1] ?? 'div'));
  return withoutIgnored(body)
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? ' ')
    .replace(/\s+/g, ' ');
}

/** Indexed pages of one language: path (without base) → indexed text. */
export function indexedPages(outDir: string, lang: 'th' | 'en'): Map<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  const pages = new Map<string, string>();
  for (const file of walk(outDir).filter((f) => f.endsWith('index.html'))) {
    const path = `/${relative(outDir, file).replace(/index\.html$/, '')}`;
    if ((lang === 'en') !== path.startsWith('/en/')) continue;
    const html = readFileSync(file, 'utf8');
    const text = indexedText(html);
    if (text) pages.set(path, text);
  }
  return pages;
}

/** Pages that contain the query or one of its equivalents. */
export function expectedPages(pages: Map<string, string>, q: string, groups: EquivalentGroups): string[] {
  const terms = expandQuery(q, groups);
  return [...pages.entries()]
    .filter(([, text]) => terms.some((t) => containsQuery(text, t)))
    .map(([p]) => p)
    .sort();
}

export interface Outcome {
  query: Query;
  returned: string[];
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
  for (const { query, returned: got } of outcomes) {
    const want = new Set(query.expect ?? []);
    returned += got.length;
    expected += want.size;
    for (const path of got) {
      if (want.has(path)) truePositives += 1;
      else falsePositives.push({ q: query.q, path });
    }
    for (const path of want) if (!got.includes(path)) misses.push({ q: query.q, path });
  }
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return {
    precision: returned === 0 ? 1 : truePositives / returned,
    recall: expected === 0 ? 1 : truePositives / expected,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    falsePositives,
    misses,
  };
}

/** The path of a result link without base, query or fragment. */
export function resultPath(href: string, base: string): string {
  const url = new URL(href, 'http://x');
  const path = url.pathname;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}
