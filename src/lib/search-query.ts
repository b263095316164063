/**
 * Query handling on top of Pagefind. Pure: the search page's script feeds it Pagefind's results.
 * Pagefind can return pages that do not contain a Thai word (it falls back to a shorter
 * indexed word and ignores Thai marks), so every result is checked against the page's text,
 * and a query also accepts its listed spelling variants and glossary equivalents.
 */

/** Unicode NFC, trimmed, single spaces, lower case (Thai has no case; English does). */
export function normaliseQuery(query: string): string {
  return query.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Text prepared for matching: the same normalisation as queries. */
export function normaliseText(text: string): string {
  return normaliseQuery(text);
}

/**
 * True when the text contains every part of the query, exactly, with Thai vowel and tone
 * marks intact (ข้าว does not match ขาว).
 */
export function containsQuery(text: string, query: string): boolean {
  const haystack = normaliseText(text);
  const parts = normaliseQuery(query).split(' ').filter(Boolean);
  return parts.length > 0 && parts.every((part) => haystack.includes(part));
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

/** The first of the terms that the text contains, or undefined. */
export function matchingTerm(text: string, terms: readonly string[]): string | undefined {
  return terms.find((term) => containsQuery(text, term));
}

/** How many times the term occurs in the text (for ordering results). */
export function occurrences(text: string, term: string): number {
  const haystack = normaliseText(text);
  const needle = normaliseQuery(term).split(' ')[0] ?? '';
  if (!needle) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) count += 1;
  return count;
}

/**
 * A short excerpt around the first occurrence of the term, split so the caller can put the
 * match in <mark> without building HTML from text.
 */
export function excerptAround(text: string, term: string, radius = 70): { before: string; match: string; after: string } {
  const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const needle = normaliseQuery(term).split(' ')[0] ?? '';
  const at = clean.toLowerCase().indexOf(needle);
  if (at === -1 || !needle) return { before: clean.slice(0, radius * 2), match: '', after: '' };
  const start = Math.max(0, at - radius);
  const end = Math.min(clean.length, at + needle.length + radius);
  return {
    before: `${start > 0 ? '…' : ''}${clean.slice(start, at)}`,
    match: clean.slice(at, at + needle.length),
    after: `${clean.slice(at + needle.length, end)}${end < clean.length ? '…' : ''}`,
  };
}

export interface Candidate {
  url: string;
  title: string;
  content: string;
}

export interface Hit extends Candidate {
  term: string;
  score: number;
}

/**
 * Keeps only candidates that contain one of the terms, once per URL, best first: a match in
 * the title, then more occurrences.
 */
export function rankHits(candidates: readonly Candidate[], terms: readonly string[]): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const c of candidates) {
    if (seen.has(c.url)) continue;
    const term = matchingTerm(`${c.title} ${c.content}`, terms);
    if (!term) continue;
    seen.add(c.url);
    const inTitle = containsQuery(c.title, term) ? 1000 : 0;
    hits.push({ ...c, term, score: inTitle + occurrences(c.content, term) });
  }
  return hits.sort((a, b) => b.score - a.score);
}
