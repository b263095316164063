/**
 * Query handling on top of Pagefind. Pure: the search page's script feeds it Pagefind's results.
 * Pagefind can return pages that do not contain a Thai word (it falls back to a shorter
 * indexed word and ignores Thai marks), so every result is checked against the page's text.
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
