/**
 * What a query means for the index, and how the index's answers become the results list. Pure:
 * the search page (src/client/search-page.ts) runs the searches Pagefind is asked for here.
 *
 * A query is one or more terms (what was typed, then its listed spelling variants and glossary
 * equivalents); a term is one or more parts (separated by spaces), all of which a page must
 * contain; a part is found only as its exact sequence of index units (src/lib/search-tokens.ts).
 */
import { queryWords, type Atoms } from './search-tokens.ts';

/** Longest query read, in characters; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_LENGTH = 200;

/** Unicode NFC, trimmed, single spaces, lower case (Thai has no case; English does), at most MAX_QUERY_LENGTH. */
export function normaliseQuery(query: string): string {
  return [...query.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase()].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** Groups of words that mean the same thing: spelling variants, and a term in Thai and English. */
export type EquivalentGroups = readonly (readonly string[])[];

/**
 * The terms a query stands for: the query itself first, then every word in a group it belongs
 * to (คอรัปชั่น → คอร์รัปชัน; "conflict of interest" → ผลประโยชน์ทับซ้อน).
 */
export function expandQuery(query: string, groups: EquivalentGroups): string[] {
  const q = normaliseQuery(query);
  if (!q) return [];
  const terms = [q];
  for (const group of groups) {
    const normalised = group.map(normaliseQuery);
    if (normalised.includes(q)) for (const term of normalised) if (!terms.includes(term)) terms.push(term);
  }
  return terms;
}

export interface PlannedPart {
  /** The part as typed (for highlighting and text fragments). */
  text: string;
  /** Its index words, in order. */
  words: string[];
}

export interface PlannedTerm {
  term: string;
  parts: PlannedPart[];
}

/** Each term of the query with its parts' index words; parts with no searchable words are dropped. */
export function planQuery(query: string, groups: EquivalentGroups, atoms: Atoms): PlannedTerm[] {
  return expandQuery(query, groups)
    .map((term) => ({
      term,
      parts: term
        .split(' ')
        .map((text) => ({ text, words: queryWords(text, atoms) }))
        .filter((p) => p.words.length > 0),
    }))
    .filter((t) => t.parts.length > 0);
}

/** Every index word a query needs (to fetch the index chunks that hold them at once). */
export function allWords(plan: readonly PlannedTerm[]): string[] {
  return [...new Set(plan.flatMap((t) => t.parts.flatMap((p) => p.words)))];
}

/** Where one part of a term stands on the pages that have it: page number → positions. */
export type Found = ReadonlyMap<number, readonly number[]>;

export interface PageInfo {
  title: string;
  /** Length of the page in index units. */
  units: number;
}

export interface Hit {
  page: number;
  /** The term and part the excerpt shows. */
  term: string;
  part: string;
  /** Unit number of the first match of that part, and its length in units. */
  at: number;
  length: number;
  score: number;
}

/**
 * The results: pages that contain every part of at least one term, once each, best first: the
 * query in the page's title, then how often its first part occurs for the page's length; a page
 * found by what was typed before one found only by an equivalent. `found[t][p]` is where part p
 * of term t stands.
 */
export function combineHits(plan: readonly PlannedTerm[], found: readonly (readonly Found[])[], info: (page: number) => PageInfo): Hit[] {
  const hits = new Map<number, Hit>();
  plan.forEach((term, t) => {
    const perPart = found[t] ?? [];
    const first = perPart[0];
    if (!first || perPart.length !== term.parts.length) return;
    for (const [page, positions] of first) {
      if (hits.has(page) || !perPart.slice(1).every((f) => f.has(page))) continue;
      const { title, units } = info(page);
      const inTitle = term.parts.every((p) => normaliseQuery(title).includes(p.text));
      const density = positions.length / Math.sqrt(Math.max(1, units));
      const score = (inTitle ? 1000 : 0) + (t === 0 ? 100 : 0) + density;
      hits.set(page, {
        page,
        term: term.term,
        part: term.parts[0]?.text ?? term.term,
        at: Math.min(...positions),
        length: term.parts[0]?.words.length ?? 0,
        score,
      });
    }
  });
  return [...hits.values()].sort((a, b) => b.score - a.score || a.page - b.page);
}
