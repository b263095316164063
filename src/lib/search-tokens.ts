/**
 * How the handbook's search cuts text into the units its index is made of, the same way at build
 * time (the page text) and in the browser (the query), so that the index itself is exact: a page
 * is found only where the query's units stand side by side in the page's units, and so the query
 * is in the text, letter for letter, with every Thai vowel and tone mark.
 *
 * - Thai has no spaces between words. Thai text is cut into "atoms": the smallest words the
 *   handbook's own vocabulary is made of (ปีงบประมาณ → ปี|งบ|ประมาณ, ทางการเมือง → ทาง|การ|เมือง),
 *   chosen by the fewest atoms, so the same letters always give the same atoms and a search for
 *   งบประมาณ finds ปีงบประมาณ. The atoms are derived at build time from Intl.Segmenter's words
 *   (deriveAtoms) and sent to the browser with the index.
 * - Latin words and numbers stay whole; each punctuation mark is a unit of its own (สขร.1 →
 *   สขร|.|1); whitespace is a gap that a match cannot cross.
 * - Pagefind strips Thai tone marks and re-segments Thai, so every unit goes into the index
 *   spelled in plain letters (encodeUnit): a code Pagefind leaves alone, ending in "ß" so that no
 *   code is the start of another. English words are stored as their stem (gifts → gift).
 * Pure: no DOM, no Node APIs.
 */
import { stemmer as porterStem } from 'stemmer';

export type UnitKind = 'thai' | 'word' | 'mark' | 'gap';

export interface Unit {
  /** The unit as written (original case). */
  text: string;
  kind: UnitKind;
}

/** Thai letters, vowels and tone marks; ฯ, ๆ, ฿ and Thai digits are not part of a Thai run. */
const THAI_LETTERS = '\\u0E01-\\u0E2E\\u0E30-\\u0E3A\\u0E40-\\u0E45\\u0E47-\\u0E4E';
// The classes are code point ranges that include Thai's combining vowels and tone marks on purpose.
/* eslint-disable no-misleading-character-class */
const THAI_RUN = new RegExp(`[${THAI_LETTERS}]+`, 'u');
const PIECE = new RegExp(
  `(?<thai>[${THAI_LETTERS}]+)|(?<digits>[\\u0E50-\\u0E59]+)|(?<word>(?:(?![\\u0E00-\\u0E7Fß])[\\p{L}\\p{N}\\p{M}])+)|(?<gap>\\s+)|.`,
  'gsu',
);
/* eslint-enable no-misleading-character-class */

/** Text as the index and the query see it: Unicode NFC, lower case. */
export function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Pieces of text by kind: Thai runs, Latin words and numbers, single marks (and Thai numbers), gaps. */
export function pieces(text: string): Unit[] {
  const out: Unit[] = [];
  for (const match of text.normalize('NFC').matchAll(PIECE)) {
    const groups = match.groups ?? {};
    if (groups['gap'] !== undefined) {
      if (out.length > 0 && out.at(-1)?.kind !== 'gap') out.push({ text: ' ', kind: 'gap' });
    } else if (groups['thai'] !== undefined) out.push({ text: match[0], kind: 'thai' });
    else if (groups['word'] !== undefined) out.push({ text: match[0], kind: 'word' });
    else out.push({ text: match[0], kind: 'mark' });
  }
  if (out.at(-1)?.kind === 'gap') out.pop();
  return out;
}

/** The atoms, and the longest one (bounds the search in `splitThai`). */
export interface Atoms {
  set: ReadonlySet<string>;
  longest: number;
}

export function atomsFrom(list: Iterable<string>): Atoms {
  const set = new Set<string>();
  let longest = 1;
  for (const atom of list) {
    const a = normalise(atom);
    if (a.length < 2) continue;
    set.add(a);
    longest = Math.max(longest, a.length);
  }
  return { set, longest };
}

/** A letter that is not part of any atom costs as much as three atoms, so atoms win wherever they fit. */
const LOOSE_LETTER_COST = 3;
/** Thai vowel and tone marks written above or below the letter before them. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;

/** Where a cut may fall in a Thai run: between letters, never between a letter and its marks. */
function cutPoints(text: string): boolean[] {
  const ok = new Array<boolean>(text.length + 1).fill(true);
  for (let i = 1; i < text.length; i += 1) if (COMBINING.test(text[i] ?? '')) ok[i] = false;
  return ok;
}

/**
 * A Thai run cut into the fewest atoms; a letter (with its marks) that is in no atom stands
 * alone. Deterministic: among equal cuts the one with the longer last atom wins, so the query
 * and the pages are cut alike.
 */
export function splitThai(run: string, atoms: Atoms): string[] {
  const text = normalise(run);
  if (atoms.set.has(text)) return [text];
  const n = text.length;
  const ok = cutPoints(text);
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let end = 1; end <= n; end += 1) {
    if (!ok[end]) continue;
    let letterStart = end - 1;
    while (letterStart > 0 && !ok[letterStart]) letterStart -= 1;
    for (let start = Math.max(0, end - atoms.longest); start < end; start += 1) {
      const before = cost[start] ?? Number.POSITIVE_INFINITY;
      if (!ok[start] || before === Number.POSITIVE_INFINITY) continue;
      const step = atoms.set.has(text.slice(start, end)) ? 1 : start === letterStart ? LOOSE_LETTER_COST : Number.POSITIVE_INFINITY;
      if (before + step < (cost[end] ?? Number.POSITIVE_INFINITY)) {
        cost[end] = before + step;
        from[end] = start;
      }
    }
    // A single letter with many marks can be longer than the longest atom.
    if (from[end] === -1 && letterStart < end - atoms.longest) {
      cost[end] = (cost[letterStart] ?? 0) + LOOSE_LETTER_COST;
      from[end] = letterStart;
    }
  }
  const parts: string[] = [];
  for (let end = n; end > 0; end = from[end] ?? 0) parts.unshift(text.slice(from[end] ?? 0, end));
  return parts;
}

/**
 * Text as index units, keeping each unit's original spelling (for showing excerpts). Thai is
 * cut into atoms; the case of Latin words is kept (the index lower-cases them itself).
 */
export function units(text: string, atoms: Atoms): Unit[] {
  const out: Unit[] = [];
  for (const piece of pieces(text)) {
    if (piece.kind !== 'thai') out.push(piece);
    else {
      // Atoms are lower case; Thai has no case, so the cut applies to the original as it is.
      for (const atom of splitThai(piece.text, atoms)) out.push({ text: atom, kind: 'thai' });
    }
  }
  return out;
}

const CODE_END = 'ß';

/**
 * A unit as the index stores it: every unit in a plain letter code that Pagefind's indexer keeps
 * exactly as it is (it would otherwise drop Thai tone marks, cut Thai again with its own
 * dictionary and change English endings). A Thai character is two letters (a–h, a–p), a Latin
 * letter "r" and the letter, a digit "s" and a letter (a–j), any other character "z" and four
 * letters (or "x" and six), and the code ends in "ß", so no code is the start of another.
 * English words are first reduced to their stem (Porter), lower case: "gifts" is stored as "gift".
 */
export function encodeUnit(unit: Unit): string {
  if (unit.kind === 'gap') return GAP;
  const text = unit.kind === 'word' ? stem(normalise(unit.text)) : normalise(unit.text);
  let code = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x0e00 && cp <= 0x0e7f) code += letters(cp - 0x0e00, 2);
    else if (cp >= 0x61 && cp <= 0x7a) code += `r${ch}`;
    else if (cp >= 0x30 && cp <= 0x39) code += `s${String.fromCharCode(97 + cp - 0x30)}`;
    else if (cp <= 0xffff) code += `z${letters(cp, 4)}`;
    else code += `x${letters(cp, 6)}`;
  }
  return `${code}${CODE_END}`;
}

/** An English word's stem; other words (other scripts, numbers) unchanged. */
function stem(word: string): string {
  return /^[a-z]+$/u.test(word) ? porterStem(word) : word;
}

/** `digits` letters a–p, most significant first (a base-16 number written in letters). */
function letters(value: number, digits: number): string {
  let out = '';
  for (let i = digits - 1; i >= 0; i -= 1) out += String.fromCharCode(97 + ((value >> (4 * i)) & 15));
  return out;
}

/** The inverse of encodeUnit (the stem, for English words); other strings come back unchanged. */
export function decodeUnit(code: string): string {
  if (!code.endsWith(CODE_END)) return code;
  const body = code.slice(0, -1);
  let out = '';
  for (let i = 0; i < body.length;) {
    const head = body[i] ?? '';
    if (head >= 'a' && head <= 'h') {
      out += String.fromCodePoint(0x0e00 + readLetters(body, i, 2));
      i += 2;
    } else if (head === 'r') {
      out += body[i + 1] ?? '';
      i += 2;
    } else if (head === 's') {
      out += String((body.charCodeAt(i + 1) || 97) - 97);
      i += 2;
    } else if (head === 'z') {
      out += String.fromCodePoint(readLetters(body, i + 1, 4));
      i += 5;
    } else {
      out += String.fromCodePoint(readLetters(body, i + 1, 6));
      i += 7;
    }
  }
  return out;
}

function readLetters(text: string, at: number, digits: number): number {
  let value = 0;
  for (let i = 0; i < digits; i += 1) value = value * 16 + (text.charCodeAt(at + i) - 97);
  return value;
}

/**
 * What the index is given for a gap (whitespace): a character that takes a word position but is
 * not a word, so that no match runs across a space.
 */
export const GAP = '·';

/** The text Pagefind indexes for a page: its units, coded, separated by spaces. */
export function indexText(list: readonly Unit[]): string {
  return list.map(encodeUnit).join(' ');
}

/**
 * The index words one part of a query (no spaces) stands for, in order; empty when it has
 * nothing searchable (only punctuation is still searchable: it is in the text too).
 */
export function queryWords(part: string, atoms: Atoms): string[] {
  return units(part, atoms)
    .filter((u) => u.kind !== 'gap')
    .map(encodeUnit);
}

/**
 * Atoms from a vocabulary (the words Intl.Segmenter finds in all pages' Thai text): every word of
 * two or more letters that cannot itself be made of two or more other such words. Compounds
 * (ปีงบประมาณ, ประเทศไทย) are left out, so they are always cut into their parts.
 */
export function deriveAtoms(vocabulary: Iterable<string>): string[] {
  const words = [...new Set([...vocabulary].map(normalise))].filter((w) => w.length >= 2 && THAI_RUN.test(w));
  const set = new Set(words);
  const longest = words.reduce((m, w) => Math.max(m, w.length), 1);
  const composite = (word: string): boolean => {
    // Can `word` be written as two or more words of the vocabulary (other than itself)?
    const n = word.length;
    const reach = new Array<number>(n + 1).fill(0);
    reach[0] = 1;
    for (let end = 1; end <= n; end += 1) {
      for (let start = Math.max(0, end - longest); start < end; start += 1) {
        if (!reach[start]) continue;
        const piece = word.slice(start, end);
        if (piece !== word && set.has(piece)) {
          reach[end] = 1;
          break;
        }
      }
    }
    return reach[n] === 1;
  };
  return words.filter((w) => !composite(w)).sort();
}

/** Thai words (runs of Thai letters, as Intl.Segmenter cuts them) of a text: the vocabulary for deriveAtoms. */
export function thaiWords(text: string, segmenter: Intl.Segmenter): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(normalise(text))) {
    // eslint-disable-next-line no-misleading-character-class -- see THAI_RUN
    for (const run of segment.match(new RegExp(THAI_RUN.source, 'gu')) ?? []) out.push(run);
  }
  return out;
}
