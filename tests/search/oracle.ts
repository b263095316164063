/**
 * The search test's own idea of which pages contain a query, written apart from the search code
 * (it imports nothing from src/): a plain substring search over each built page's reading text.
 *
 * Reading text, as the handbook defines it: the page's title (its h1, or the title given to
 * search) and the text of its data-pagefind-body element, without elements marked
 * data-pagefind-ignore or hidden, scripts, styles and templates, and without web addresses; block elements
 * are separated by a space. A query is one or more space-separated parts a page must all contain;
 * a query that is a listed spelling variant or a glossary term also stands for the other words of
 * its group (content/data/search-variants.yaml, content/<lang>/glossary/*.yaml).
 *
 * Substring search finds some words inside other words (ดิน in เดิน, "act" in "action"); those
 * are labelled by hand in tests/search/queries.yaml, which also lists, by hand, pages a reader
 * must get for each query.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

export interface OraclePage {
  lang: 'th' | 'en';
  text: string;
}

const INLINE_TAGS = 'a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr|hb-term';
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (all, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITY[e.toLowerCase()] ?? all;
  });
}

/** The end (index after its close tag) of the element opening at `at`, counting nested same-name tags. */
function closeOf(html: string, at: number, tag: string): number {
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'giu');
  re.lastIndex = at;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[0].endsWith('/>')) continue;
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Attribute names of an opening tag (values skipped, so a class named "hidden" is no attribute). */
function attributeNames(tag: string): string[] {
  const inside = tag.replace(/^<[a-z][\w-]*/iu, '').replace(/\/?>$/u, '');
  return [...inside.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/gu)].map((m) => (m[1] ?? '').toLowerCase());
}

/** The HTML with every element that has one of `names` as an attribute cut out. */
function cutElements(html: string, names: readonly string[]): string {
  const tags = /<([a-z][\w-]*)\b[^>]*>/giu;
  let out = html;
  for (let m = tags.exec(out); m; m = tags.exec(out)) {
    if (!attributeNames(m[0]).some((n) => names.includes(n))) continue;
    const tag = (m[1] ?? 'div').toLowerCase();
    const end = VOID.has(tag) ? m.index + m[0].length : closeOf(out, m.index, tag);
    const gap = new RegExp(`^(?:${INLINE_TAGS})$`, 'u').test(tag) ? '' : ' ';
    out = `${out.slice(0, m.index)}${gap}${out.slice(end)}`;
    tags.lastIndex = m.index;
  }
  return out;
}

function toText(html: string): string {
  return decode(
    html
      .replace(/<(script|style|template|noscript|svg)\b[\s\S]*?<\/\1>/giu, ' ')
      .replace(new RegExp(`</?(?:${INLINE_TAGS})(?=[\\s>/])[^>]*>`, 'giu'), '')
      .replace(/<[^>]+>/gu, ' '),
  )
    .replace(/(?:https?:\/\/|www\.)\S+/giu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Reading text of one built page, or undefined when search does not index it. */
export function pageReadingText(html: string): string | undefined {
  const open = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/iu.exec(html);
  if (!open) return undefined;
  const body = html.slice(open.index, closeOf(html, open.index, open[1] ?? 'div'));
  const given = /data-pagefind-meta="title:([^"]*)"/u.exec(open[0])?.[1];
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/iu.exec(html)?.[1];
  const title = given !== undefined ? decode(given) : h1 !== undefined ? toText(h1) : '';
  return `${title} ${toText(cutElements(body, ['data-pagefind-ignore', 'hidden']))}`;
}

/** Every indexed page of a built site: path (without base) → language and reading text. */
export function oraclePages(dist: string): Map<string, OraclePage> {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  const pages = new Map<string, OraclePage>();
  for (const file of walk(dist).filter((f) => f.endsWith('index.html'))) {
    const text = pageReadingText(readFileSync(file, 'utf8'));
    if (text === undefined) continue;
    const path = `/${relative(dist, file)
      .split('\\')
      .join('/')
      .replace(/index\.html$/u, '')}`;
    pages.set(path, { lang: path.startsWith('/en/') ? 'en' : 'th', text: simplify(text) });
  }
  return pages;
}

/** NFC, lower case, single spaces. */
export function simplify(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Spelling variants and glossary terms (Thai with English), read from the content files. */
export function oracleGroups(contentDir = 'content'): string[][] {
  const groups =
    (load(readFileSync(join(contentDir, 'data', 'search-variants.yaml'), 'utf8'), { schema: CORE_SCHEMA }) as string[][]) ?? [];
  const glossary = join(contentDir, 'th', 'glossary');
  for (const file of readdirSync(glossary).filter((f) => f.endsWith('.yaml'))) {
    const entry = load(readFileSync(join(glossary, file), 'utf8'), { schema: CORE_SCHEMA }) as { th?: string; en?: string };
    if (entry.th && entry.en) groups.push([entry.th, entry.en]);
  }
  return groups;
}

/** The words a query stands for: itself, then the other members of every group it is in. */
export function oracleTerms(query: string, groups: readonly (readonly string[])[]): string[] {
  const q = simplify(query);
  const terms = [q];
  for (const group of groups) {
    const members = group.map(simplify);
    if (members.includes(q)) for (const m of members) if (!terms.includes(m)) terms.push(m);
  }
  return terms;
}

/** Paths of the pages (in the query's language) whose reading text contains the query or an equivalent. */
export function oracleMatches(
  pages: ReadonlyMap<string, OraclePage>,
  query: string,
  lang: 'th' | 'en',
  groups: readonly (readonly string[])[],
): string[] {
  const terms = oracleTerms(query, groups);
  const out: string[] = [];
  for (const [path, page] of pages) {
    if (page.lang !== lang) continue;
    if (terms.some((term) => term.split(' ').every((part) => page.text.includes(part)))) out.push(path);
  }
  return out.sort();
}
