/**
 * Build step: the search index, one per language, with Pagefind's custom-records API.
 *
 * Each page with a data-pagefind-body is read once (src/lib/reading-text.ts: reading text only,
 * no furniture, no web addresses) and cut into index units (src/lib/search-tokens.ts), Thai
 * already segmented into the handbook's atoms and every unit spelled in a code Pagefind stores
 * unchanged. Finding a query's units side by side in the index then finds exactly the pages that
 * contain the query; nothing has to be fetched to check a result.
 *
 * The search page reads Pagefind's index chunks itself (src/lib/search-index-reader.ts, checked
 * here against every unit of every page), so a phone downloads neither Pagefind's 70 KB of
 * script and WebAssembly nor whole pages. Next to the index, in pagefind/hb/:
 * - search-<lang>.<hash>.json: the atoms (to cut a query like the pages), which index chunk holds
 *   which words, and per page its address, title, kind and length;
 * - text/<lang>/<page>/<n>.txt: the page's reading text in pieces of SHARD units, so an excerpt
 *   costs one small file (Pagefind's fragments, which hold each whole page, are removed);
 * - words-<lang>.<hash>.json: the words of the pages, read only when a search finds nothing, to
 *   suggest the nearest spelling.
 * Finally the two search pages get these addresses and a preload link for the data.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import * as pagefind from 'pagefind';
import { findElement, plainText, property, readingText, searchBody, type HastNode } from '../lib/reading-text.ts';
import { atomsFrom, deriveAtoms, encodeUnit, indexText, thaiWords, units, type Unit } from '../lib/search-tokens.ts';
import { SEARCH_DATA_DIR, SHARD, shardPath, type SearchData } from '../lib/search-data.ts';
import { suggestionWords } from '../lib/search-suggest.ts';
import { metaChunks, metaPages, type Chunk } from '../lib/pagefind-meta.ts';
import { readChunk, type Postings } from '../lib/search-index-reader.ts';

/** Pagefind's index chunks hold this many word positions (its default is 20,000); smaller
 * chunks mean a search downloads less of the index. */
const INDEX_CHUNK_POSITIONS = 2000;

interface Page {
  file: string;
  url: string;
  lang: 'th' | 'en';
  title: string;
  kind: string | undefined;
  text: string;
}

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

/** The pages search indexes: every built page with a data-pagefind-body. */
export function readPages(outDir: string, base: string): Page[] {
  const pages: Page[] = [];
  for (const file of walk(outDir).filter((f) => f.endsWith('.html') && !f.includes(`${join(outDir, 'pagefind')}`))) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const tree = fromHtml(html) as HastNode;
    const body = searchBody(tree);
    if (!body) continue;
    const htmlElement = findElement(tree, (e) => e.tagName === 'html');
    const lang = htmlElement && property(htmlElement, 'lang') === 'en' ? 'en' : 'th';
    const metaTitle = /(?:^|,)\s*title:([^,]+)/u.exec(property(body, 'dataPagefindMeta') ?? '')?.[1]?.trim();
    const h1 = findElement(body, (e) => e.tagName === 'h1') ?? findElement(tree, (e) => e.tagName === 'h1');
    const title = metaTitle ?? (h1 ? plainText(h1) : relative(outDir, file));
    const kind = /(?:^|,)\s*kind:([^,]+)/u.exec(property(body, 'dataPagefindFilter') ?? '')?.[1]?.trim();
    const path = relative(outDir, file)
      .split('\\')
      .join('/')
      .replace(/(^|\/)index\.html$/u, '$1');
    pages.push({ file, url: `${base}${path}`, lang, title, kind, text: readingText(body) });
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

export interface SearchIndexResult {
  pages: number;
  atoms: number;
  /** Bytes of the search data file per language (before compression). */
  dataBytes: Record<string, number>;
}

export async function writeSearchIndex(outDir: string, base = '/'): Promise<SearchIndexResult> {
  const pages = readPages(outDir, base);
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const atomList = deriveAtoms(pages.flatMap((p) => thaiWords(`${p.title} ${p.text}`, segmenter)));
  const atoms = atomsFrom(atomList);
  const pageUnits = new Map(pages.map((p) => [p.url, units(p.text, atoms)]));

  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_POSITIONS);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addCustomRecord({
        url: page.url,
        content: indexText(pageUnits.get(page.url) ?? []),
        language: page.lang,
        // "title" is what Pagefind ranks title matches by, so it holds the coded title; the
        // title as written is in "label".
        meta: { title: indexText(units(page.title, atoms)), label: page.title },
        filters: page.kind ? { kind: [page.kind] } : {},
      });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }

  const ids = pageIds(join(outDir, 'pagefind', 'fragment'));
  // Pagefind's own search files are not used: the index chunks are read by the search page.
  const metas = pagefindMeta(join(outDir, 'pagefind'));
  rmSync(join(outDir, 'pagefind', 'fragment'), { recursive: true, force: true });
  const dataDir = join(outDir, 'pagefind', SEARCH_DATA_DIR);
  rmSync(dataDir, { recursive: true, force: true });
  const dataBytes: Record<string, number> = {};
  const files: Record<string, { data: string; words: string }> = {};
  for (const lang of ['th', 'en'] as const) {
    const meta = metas[lang];
    if (!meta) continue;
    // In Pagefind's page-number order: the index refers to pages by that number.
    const byId = new Map(pages.filter((p) => p.lang === lang).map((p) => [ids.get(p.url), p]));
    const own = meta.pages.map(([id]) => {
      const page = byId.get(id);
      if (!page) throw new Error(`Pagefind's ${lang} index has a page (${id}) the search step did not add.`);
      return page;
    });
    checkIndex(
      join(outDir, 'pagefind', 'index'),
      lang,
      own.map((p) => pageUnits.get(p.url) ?? []),
    );
    own.forEach((page, n) => writeShards(dataDir, lang, n, pageUnits.get(page.url) ?? []));
    const data: SearchData = {
      atoms: atomList,
      chunks: meta.chunks,
      pages: own.map((p, n) => [p.url, p.title, p.kind ?? '', meta.pages[n]?.[1] ?? 0]),
    };
    const json = JSON.stringify(data);
    const words = JSON.stringify(suggestionWords(own.map((p) => `${p.title} ${p.text}`)));
    const dataFile = `search-${lang}.${hash(json)}.json`;
    const wordsFile = `words-${lang}.${hash(words)}.json`;
    writeFileSync(join(dataDir, dataFile), json);
    writeFileSync(join(dataDir, wordsFile), words);
    dataBytes[lang] = json.length;
    files[lang] = { data: dataFile, words: wordsFile };
  }
  linkSearchPages(outDir, base, files);
  return { pages: pages.length, atoms: atomList.length, dataBytes };
}

/** Each language's index chunks and pages, from its pf_meta file. */
function pagefindMeta(pagefindDir: string): Record<string, { chunks: Chunk[]; pages: Array<[string, number]> }> {
  const out: Record<string, { chunks: Chunk[]; pages: Array<[string, number]> }> = {};
  for (const name of readdirSync(pagefindDir)) {
    const m = /^pagefind\.(\w+)_\w+\.pf_meta$/u.exec(name);
    if (!m?.[1]) continue;
    const inflated = new Uint8Array(gunzipSync(readFileSync(join(pagefindDir, name))));
    out[m[1]] = { chunks: metaChunks(inflated), pages: metaPages(inflated) };
  }
  return out;
}

/**
 * The search page reads Pagefind's index itself (src/lib/search-index-reader.ts) and takes word
 * positions to be unit numbers. Both are checked here, on every unit of every page: a Pagefind
 * that stores words or positions differently stops the build.
 */
function checkIndex(indexDir: string, lang: string, pageUnits: ReadonlyArray<readonly Unit[]>): void {
  const postings: Postings = new Map();
  for (const name of readdirSync(indexDir).filter((n) => n.startsWith(`${lang}_`)))
    readChunk(new Uint8Array(gunzipSync(readFileSync(join(indexDir, name)))), postings);
  pageUnits.forEach((list, page) => {
    list.forEach((unit, position) => {
      if (unit.kind === 'gap') return;
      const code = encodeUnit(unit);
      if (!postings.get(code)?.get(page)?.includes(position)) {
        throw new Error(
          `The ${lang} search index does not have "${unit.text}" (${code}) at word ${position} of page ${page}: Pagefind's index format or word positions are not what src/lib/search-index-reader.ts reads. Check the installed Pagefind version.`,
        );
      }
    });
  });
}

/** Page URL → Pagefind page id, read from the fragments Pagefind wrote (gzip, after a "pagefind_dcd" signature). */
function pageIds(fragmentDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of readdirSync(fragmentDir)) {
    const raw = gunzipSync(readFileSync(join(fragmentDir, name)));
    const { url } = JSON.parse(raw.subarray(12).toString('utf8')) as { url: string };
    ids.set(url, name.replace(/\.pf_fragment$/u, ''));
  }
  return ids;
}

/**
 * A page's units in files of SHARD units, each with the units just before and after it, so an
 * excerpt around any match can be cut from one file. A file is the number of its first unit on
 * the first line, then the units separated by U+001F.
 */
function writeShards(dataDir: string, lang: string, page: number, list: readonly Unit[]): void {
  const count = Math.max(1, Math.ceil(list.length / SHARD.size));
  for (let n = 0; n < count; n += 1) {
    const start = Math.max(0, n * SHARD.size - SHARD.overlap);
    const end = Math.min(list.length, (n + 1) * SHARD.size + SHARD.overlap);
    const file = join(dataDir, shardPath(lang, page, n));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(
      file,
      `${start}\n${list
        .slice(start, end)
        .map((u) => u.text)
        .join('\u001f')}`,
    );
  }
}

/** Puts the data addresses and a preload link into the built search pages (again, on a rebuilt index). */
function linkSearchPages(outDir: string, base: string, files: Record<string, { data: string; words: string }>): void {
  for (const lang of ['th', 'en'] as const) {
    const file = join(outDir, lang === 'th' ? '' : 'en', 'search', 'index.html');
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const at = `${base}pagefind/${SEARCH_DATA_DIR}/`;
    const data = `${at}${files[lang]?.data ?? ''}`;
    const attribute = (name: string, value: string) => (text: string) =>
      text.replace(new RegExp(`${name}="[^"]*"`, 'u'), `${name}="${value}"`);
    const linked = [
      attribute('data-search-data', data),
      attribute('data-search-words', `${at}${files[lang]?.words ?? ''}`),
      attribute('data-search-text', at),
      attribute('data-search-index', `${base}pagefind/index/`),
      // The data is fetched while the page is still arriving, not after its script has run.
      (text: string) =>
        text
          .replace(/<link [^>]*data-search-preload>/gu, '')
          .replace('</head>', `<link rel="preload" as="fetch" crossorigin href="${data}" data-search-preload></head>`),
    ].reduce((text, step) => step(text), html);
    if (!linked.includes(`data-search-data="${data}"`))
      throw new Error(`${file}: the search page has no place for the search data (data-search-data).`);
    writeFileSync(file, linked);
  }
}
