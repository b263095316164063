/**
 * "Did you mean …": the nearest known word or glossary term for a query that found nothing
 * (corruptoin → corruption, ทุจรติ → ทุจริต). The build lists the pages' words by how often they
 * occur (suggestionWords); the search page compares the query with them and with the glossary
 * terms (suggest). Pure.
 */
import { normalise } from './search-tokens.ts';

/** Words shorter than this are not suggested (too many near neighbours). */
const MIN_LENGTH = 3;
/** Thai queries shorter than this (in characters, marks included) get no suggestion. */
const THAI_MIN_LENGTH = 5;

/** The words of some texts, most frequent first: Latin words and Thai words (Intl.Segmenter). */
export function suggestionWords(texts: readonly string[], segmenter = new Intl.Segmenter('th', { granularity: 'word' })): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const { segment, isWordLike } of segmenter.segment(normalise(text))) {
      if (!isWordLike || segment.length < MIN_LENGTH || /\d/u.test(segment)) continue;
      counts.set(segment, (counts.get(segment) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment), by code point; stops early (returns limit + 1) once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = t.map((_, j) => j + 1);
  prev.unshift(0);
  for (let i = 1; i <= s.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length] ?? 0;
}

/** How many edits a word of this length may be away from a suggestion. */
function allowance(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * Up to `max` suggestions for a query: first glossary terms (whole query against whole term),
 * then the query with each unknown word replaced by its nearest known word.
 */
export function suggest(query: string, words: readonly string[], terms: readonly string[] = [], max = 3): string[] {
  const q = normalise(query).replace(/\s+/gu, ' ').trim();
  // Short Thai words differ from others by one mark (ข้าว, ข่าว): no guessing there.
  if ([...q].length < (/[\u0E00-\u0E7F]/u.test(q) ? THAI_MIN_LENGTH : MIN_LENGTH)) return [];
  const out: string[] = [];
  const add = (s: string) => {
    if (s !== q && !out.includes(s) && out.length < max) out.push(s);
  };
  const limit = allowance([...q].length);
  const close = terms
    .map((term) => ({ term, d: editDistance(q, normalise(term), limit) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d);
  for (const c of close) add(normalise(c.term));
  const known = new Set(words);
  const parts = q.split(' ');
  if (parts.some((p) => !known.has(p))) {
    const replaced = parts.map((part) => {
      if (known.has(part) || [...part].length < MIN_LENGTH) return [part];
      const allowed = allowance([...part].length);
      let best: { word: string; d: number } | undefined;
      // Words are most frequent first, so on a tie the more common word wins.
      for (const word of words) {
        const d = editDistance(part, word, allowed);
        if (d <= allowed && (!best || d < best.d)) best = { word, d };
        if (best?.d === 1) break;
      }
      return best ? [best.word] : [];
    });
    if (replaced.every((r) => r.length === 1)) add(replaced.map((r) => r[0]).join(' '));
  }
  return out;
}
