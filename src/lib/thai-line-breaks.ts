/**
 * Keeps Thai words whole at the end of a line, on screen, on slides and in print. Browsers break
 * Thai with ICU's dictionary, which does not know many words of this handbook and splits them
 * (ราช|กิจ|จา|นุ|เบกษา, พระ|ราช|บัญญัติ, งบ|ประมาณ). This step wraps each word of the project's list
 * that the dictionary would split in <span class="nw"> (white-space: nowrap), keeps a number with
 * the word before it ("มาตรา 7", "พ.ศ. 2560") and ไม้ยมก with its word, by no-break spaces.
 * It works on a whole HTML page as text, outside tags, and leaves scripts, styles, SVG and
 * elements that may not hold markup (<title>, <option>, <textarea>) without spans. Pure.
 */

export interface WordList {
  /** Finds the listed words, longest first. */
  pattern: RegExp | undefined;
  words: ReadonlySet<string>;
}

/** Entries longer than this are not kept whole (a phone line holds about 18 Thai characters). */
const MAX_WHOLE = 20;
const THAI = /[\u0E00-\u0E7F]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The words worth protecting: Thai, without spaces, short enough for a phone's line, and split by
 * the dictionary into more than one piece (a word it keeps whole needs no help).
 */
export function makeWordList(candidates: Iterable<string>): WordList {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const words = new Set<string>();
  for (const raw of candidates) {
    for (const token of raw.split(/[\s()“”"',;:/]+/)) {
      const word = token.trim();
      if (!word || !THAI.test(word) || [...word].length > MAX_WHOLE) continue;
      const pieces = [...segmenter.segment(word)].filter((s) => s.segment.trim() !== '');
      if (pieces.length > 1) words.add(word);
    }
  }
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return { words, pattern: sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : undefined };
}

/** No-break spaces: a number stays with the word before it, ๆ with its word. */
export function bindNumbersAndRepeats(text: string): string {
  return text.replace(/([\u0E00-\u0E7F.]) (?=[0-9๐-๙])/g, '$1\u00A0').replace(/ (?=ๆ)/g, '\u00A0');
}

/** One run of text (already HTML-escaped): listed words wrapped, numbers and ๆ bound. */
export function keepTextWhole(text: string, list: WordList, spans = true): string {
  if (!THAI.test(text)) return text;
  let out = bindNumbersAndRepeats(text);
  if (spans && list.pattern) out = out.replace(list.pattern, (word) => `<span class="nw">${word}</span>`);
  return out;
}

/** A tag, with quoted attribute values that may contain ">". */
const TAG = /<!--[\s\S]*?-->|<(?:[^"'>]|"[^"]*"|'[^']*')*>/g;
/** Elements whose text is left alone entirely. */
const RAW = new Set(['script', 'style', 'svg', 'pre', 'code', 'math']);
/** Elements whose text may get no-break spaces but no spans. */
const TEXT_ONLY = new Set(['title', 'option', 'textarea']);

export function keepWordsWhole(html: string, list: WordList): string {
  let out = '';
  let last = 0;
  let raw: string | undefined;
  let textOnly: string | undefined;
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(last, match.index);
    out += raw ? text : keepTextWhole(text, list, !textOnly);
    const tag = match[0];
    out += tag;
    last = match.index + tag.length;
    const name = /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase();
    if (!name) continue;
    const closing = tag.startsWith('</');
    if (raw) {
      if (closing && name === raw) raw = undefined;
    } else if (!closing && RAW.has(name) && !tag.endsWith('/>')) {
      raw = name;
    } else if (!closing && TEXT_ONLY.has(name)) {
      textOnly = name;
    } else if (closing && name === textOnly) {
      textOnly = undefined;
    }
  }
  const rest = html.slice(last);
  return out + (raw ? rest : keepTextWhole(rest, list, !textOnly));
}
