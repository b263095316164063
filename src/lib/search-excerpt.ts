/**
 * Search result excerpts: a short piece of a page's text around the match, cut only where a word
 * begins or ends (Intl.Segmenter), never inside a Thai character cluster, so no stray vowel or
 * tone mark and no half word shows at either end. Pure (Intl is part of the language).
 */

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const ELLIPSIS = '…';

let shared: Intl.Segmenter | undefined;
/** One segmenter for all excerpts: making one loads the Thai dictionary, which is slow on a phone. */
function thaiSegmenter(): Intl.Segmenter {
  shared ??= new Intl.Segmenter('th', { granularity: 'word' });
  return shared;
}

/** Offsets where words (and spaces, punctuation) begin in text[from, to), and `to`. */
export function wordBoundaries(text: string, segmenter = thaiSegmenter(), from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (const { index } of segmenter.segment(text.slice(from, to))) out.push(from + index);
  out.push(to);
  return out;
}

/** Characters looked at beyond the radius, so that the boundaries near it are the text's own. */
const MARGIN = 40;

/**
 * The excerpt of `text` around [start, end): up to `radius` characters on each side, widened or
 * narrowed to the nearest word boundary (narrowed, so the excerpt never grows past the radius,
 * unless a single word is longer than the radius: then the whole word).
 */
export function excerptAround(text: string, start: number, end: number, radius = 80, segmenter?: Intl.Segmenter): Excerpt {
  // Only the stretch around the match is segmented; its two ends are real ends only where they
  // are the text's.
  const lo = Math.max(0, start - radius - MARGIN);
  const hi = Math.min(text.length, end + radius + MARGIN);
  const bounds = wordBoundaries(text, segmenter, lo, hi).filter((b) => (b > lo || lo === 0) && (b < hi || hi === text.length));
  // The first boundary at or after start - radius (but not after start), the last one at or
  // before end + radius (but not before end).
  let from = bounds.find((b) => b >= start - radius) ?? 0;
  if (from > start) from = [...bounds].reverse().find((b) => b <= start) ?? 0;
  let to = [...bounds].reverse().find((b) => b <= end + radius) ?? text.length;
  if (to < end) to = bounds.find((b) => b >= end) ?? text.length;
  const before = text.slice(from, start).replace(/^\s+/u, '');
  const after = text.slice(end, to).replace(/\s+$/u, '');
  return {
    before: `${from > 0 ? ELLIPSIS : ''}${before}`,
    match: text.slice(start, end),
    after: `${after}${to < text.length ? ELLIPSIS : ''}`,
  };
}

/** The start of a text, cut at a word boundary: an excerpt for a page that matched by its title. */
export function excerptStart(text: string, length = 160, segmenter?: Intl.Segmenter): Excerpt {
  const parts = excerptAround(text, 0, 0, length, segmenter);
  return { before: '', match: '', after: parts.after };
}

/**
 * An excerpt from a run of index units (a text file of the page): `first` is the number of the
 * first unit given, the match is `count` units from unit `at`.
 */
export function excerptFromUnits(
  list: readonly string[],
  first: number,
  at: number,
  count: number,
  radius = 80,
  segmenter?: Intl.Segmenter,
): Excerpt {
  const i = Math.min(Math.max(0, at - first), list.length);
  const j = Math.min(list.length, i + Math.max(0, count));
  const text = list.join('');
  const start = list.slice(0, i).join('').length;
  const end = start + list.slice(i, j).join('').length;
  return count > 0 && i < list.length ? excerptAround(text, start, end, radius, segmenter) : excerptStart(text, radius * 2, segmenter);
}
