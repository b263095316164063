/**
 * The files the build writes next to Pagefind's index for the search page (see
 * src/integrations/search-index.ts) and how the page reads them. Pure.
 */

import type { Chunk } from './pagefind-meta.ts';

/** Folder inside pagefind/ for the handbook's own search files. */
export const SEARCH_DATA_DIR = 'hb';

/** Units per text file, and units repeated from the neighbours on each side (room for an excerpt). */
export const SHARD = { size: 300, overlap: 48 } as const;

/** Where a page's n-th text file is, inside SEARCH_DATA_DIR. */
export function shardPath(lang: string, page: number, n: number): string {
  return `text/${lang}/${page}/${n}.txt`;
}

/** The text file holding unit `position` of a page. */
export function shardOf(position: number): number {
  return Math.max(0, Math.floor(position / SHARD.size));
}

/** Strings the search page is built with and the index step replaces with the real addresses. */
export const SEARCH_PLACEHOLDERS = {
  data: '__HB_SEARCH_DATA__',
  words: '__HB_SEARCH_WORDS__',
  text: '__HB_SEARCH_TEXT__',
  index: '__HB_SEARCH_INDEX__',
} as const;

/** search-<lang>.<hash>.json */
export interface SearchData {
  /** The atoms Thai is cut into (src/lib/search-tokens.ts). */
  atoms: string[];
  /** Pagefind's index chunks (src/lib/pagefind-meta.ts), to fetch a query's chunks early. */
  chunks: Chunk[];
  /** Per page, in Pagefind's page-number order (also the text folders'): address, title, kind, number of units. */
  pages: Array<[url: string, title: string, kind: string, units: number]>;
}

/** A text file: its first unit's number, and the units. */
export interface Shard {
  start: number;
  units: string[];
}

export function parseShard(text: string): Shard {
  const newline = text.indexOf('\n');
  const start = Number(text.slice(0, newline));
  return { start: Number.isFinite(start) ? start : 0, units: newline === -1 ? [] : text.slice(newline + 1).split('\u001f') };
}
