/**
 * The glossary page's letter index and filter. Pure.
 * Thai terms are indexed by their first consonant, as Thai dictionaries do: a leading vowel
 * (เ แ โ ใ ไ) is written first but sorted after the consonant it belongs to, so เงิน is under ง.
 * English terms, and Thai ones that start with Latin letters (ACT Ai), by their first letter.
 */

const LEADING_VOWELS = /^[\u0E40-\u0E44]/;
const THAI_CONSONANT = /[\u0E01-\u0E2E]/;

/** The index letter of a term: a Thai consonant, an upper-case Latin letter, or "#". */
export function indexLetter(term: string): string {
  const text = term.trim().replace(/^["“'‘(]+/, '');
  const first = text.replace(LEADING_VOWELS, '').charAt(0);
  if (THAI_CONSONANT.test(first)) return first;
  const latin = first.normalize('NFD').charAt(0).toUpperCase();
  return /[A-Z]/.test(latin) ? latin : '#';
}

export interface LetterGroup<T> {
  letter: string;
  /** An ASCII id for the group's heading ("letter-e07" for ง), safe in any address. */
  id: string;
  items: T[];
}

export function letterId(letter: string): string {
  return `letter-${letter === '#' ? 'other' : (letter.codePointAt(0) ?? 0).toString(16)}`;
}

/**
 * Groups items already in the page's order under their index letters, in the order the letters
 * first appear (the glossary is sorted with the language's collation, so this is alphabetical).
 */
export function groupByLetter<T>(items: readonly T[], termOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, LetterGroup<T>>();
  for (const item of items) {
    const letter = indexLetter(termOf(item));
    let group = groups.get(letter);
    if (!group) {
      group = { letter, id: letterId(letter), items: [] };
      groups.set(letter, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** What the reader typed, made comparable: NFC, lower case, single spaces, no outer spaces. */
export function normalizeFilter(query: string): string {
  return query.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether an entry's texts (term in both languages, definition) contain every word of the
 * filter. Thai has no spaces between words, so a Thai word is matched as a substring.
 */
export function matchesFilter(texts: readonly string[], query: string): boolean {
  const words = normalizeFilter(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalizeFilter(texts.join(' '));
  return words.every((w) => haystack.includes(w));
}

export interface FilterableTerm {
  /** The term in both languages. */
  names: readonly string[];
  definition: string;
}

export interface FilterResult {
  /** Which terms stay shown, in the order given. */
  shown: boolean[];
  /**
   * What matched: "all" for an empty filter, "name" when some term's name matches, else
   * "definition" when some definition mentions the words, else "none". Names come first, as in a
   * dictionary: typing ทุจริต lists the terms called so, not every definition that uses the word.
   */
  by: 'all' | 'name' | 'definition' | 'none';
}

export function filterTerms(terms: readonly FilterableTerm[], query: string): FilterResult {
  if (normalizeFilter(query) === '') return { shown: terms.map(() => true), by: 'all' };
  const byName = terms.map((t) => matchesFilter(t.names, query));
  if (byName.some(Boolean)) return { shown: byName, by: 'name' };
  const byDefinition = terms.map((t) => matchesFilter([...t.names, t.definition], query));
  return { shown: byDefinition, by: byDefinition.some(Boolean) ? 'definition' : 'none' };
}
