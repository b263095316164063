/**
 * Reads Pagefind's index chunks (pagefind/index/*.pf_index, inflated) in the browser, without
 * Pagefind's own 70 KB of JavaScript and WebAssembly, and finds a query's units side by side in
 * them. Pure.
 *
 * A chunk is "pagefind_dcd" and a CBOR array [[word, pages, variants], …] where pages is
 * [[page number (difference from the previous), positions, title positions], …] and positions are
 * differences from the previous position, a negative number -w-1 starting a run of weight w
 * whose next number is an absolute position (Pagefind's index_words.rs and pagefind_web's
 * index.rs). The build checks this reader against its own units on every build
 * (src/integrations/search-index.ts), so a Pagefind that writes another format stops the build
 * instead of breaking search.
 */

/** word → page number → positions (ascending). */
export type Postings = Map<string, Map<number, number[]>>;

const SIGNATURE = 'pagefind_dcd';

/**
 * A CBOR cursor over a chunk that reads only what is asked for and skips the rest without
 * building it: a chunk holds many words, a query needs a few.
 */
class Cursor {
  at = 0;
  private readonly text = new TextDecoder();
  private readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  private head(): { major: number; n: number } {
    const byte = this.bytes[this.at] ?? 0;
    this.at += 1;
    const info = byte & 31;
    let n = info;
    if (info >= 24) {
      const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 8;
      n = 0;
      for (let i = 0; i < size; i += 1) n = n * 256 + (this.bytes[this.at + i] ?? 0);
      this.at += size;
    }
    return { major: byte >> 5, n };
  }

  array(): number {
    return this.head().n;
  }

  int(): number {
    const { major, n } = this.head();
    return major === 1 ? -1 - n : n;
  }

  string(): string {
    const { n } = this.head();
    const out = this.text.decode(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return out;
  }

  skip(): void {
    const { major, n } = this.head();
    if (major === 2 || major === 3) this.at += n;
    else if (major === 4) for (let i = 0; i < n; i += 1) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * n; i += 1) this.skip();
  }
}

function readPages(cursor: Cursor, into: Map<number, number[]>): void {
  let page = 0;
  const count = cursor.array();
  for (let i = 0; i < count; i += 1) {
    const fields = cursor.array();
    page += cursor.int();
    const positions = into.get(page) ?? [];
    const locs = cursor.array();
    let last = 0;
    for (let j = 0; j < locs; j += 1) {
      const loc = cursor.int();
      if (loc < 0) last = 0;
      else {
        last += loc;
        positions.push(last);
      }
    }
    for (let f = 2; f < fields; f += 1) cursor.skip();
    positions.sort((a, b) => a - b);
    into.set(page, positions);
  }
}

/**
 * The words of one inflated chunk (only those in `wanted`, when given), added to `into`.
 */
export function readChunk(inflated: Uint8Array, into: Postings = new Map(), wanted?: ReadonlySet<string>): Postings {
  const head = new TextDecoder().decode(inflated.subarray(0, SIGNATURE.length));
  const cursor = new Cursor(head === SIGNATURE ? inflated.subarray(SIGNATURE.length) : inflated);
  cursor.array();
  const words = cursor.array();
  for (let w = 0; w < words; w += 1) {
    const fields = cursor.array();
    const word = cursor.string();
    if (wanted && !wanted.has(word)) {
      for (let f = 1; f < fields; f += 1) cursor.skip();
      continue;
    }
    const map = into.get(word) ?? new Map<number, number[]>();
    readPages(cursor, map);
    if (fields > 2) {
      const variants = cursor.array();
      for (let v = 0; v < variants; v += 1) {
        const parts = cursor.array();
        cursor.skip();
        readPages(cursor, map);
        for (let f = 2; f < parts; f += 1) cursor.skip();
      }
    }
    for (let f = 3; f < fields; f += 1) cursor.skip();
    into.set(word, map);
  }
  return into;
}

/**
 * Pages where the words stand side by side, in order: page number → positions of the first word
 * of each occurrence.
 */
export function phrase(postings: Postings, words: readonly string[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const first = postings.get(words[0] ?? '');
  if (!first || words.length === 0) return out;
  const rest = words.slice(1).map((w) => postings.get(w));
  if (rest.some((r) => r === undefined)) return out;
  for (const [page, starts] of first) {
    const sets = rest.map((r) => new Set(r?.get(page) ?? []));
    if (sets.some((s) => s.size === 0)) continue;
    const hits = starts.filter((p) => sets.every((s, i) => s.has(p + i + 1)));
    if (hits.length > 0) out.set(page, hits);
  }
  return out;
}
