/**
 * Which files a reader's device keeps for offline use, per language: every page of that
 * language and the search index files of that language. Pure: works on the list of built files.
 */

export interface OfflineInputs {
  /** Built files, relative to the output folder ("en/modules/x/index.html"). */
  files: readonly string[];
  /** Pagefind's entry file (pagefind-entry.json), parsed. */
  entry: { languages: Record<string, { hash: string; wasm: string | null; page_count: number }> };
  /** The page URL path (without base) each fragment file belongs to. */
  fragmentUrl: (file: string) => string;
  base: string;
}

const langOfPath = (path: string): 'th' | 'en' => (path.startsWith('/en/') ? 'en' : 'th');

/** The URL path (without base) a built HTML file is served at. */
export function pagePath(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

export function offlineLists({ files, entry, fragmentUrl, base }: OfflineInputs): Record<'th' | 'en', string[]> {
  const lists: Record<'th' | 'en', string[]> = { th: [], en: [] };
  const url = (path: string) => `${base}${path.replace(/^\/+/, '')}`;
  for (const file of files) {
    if (file.endsWith('index.html')) {
      const path = pagePath(file);
      // The print documents are large and made for paper (their PDFs are kept once opened);
      // the chapters cover the same text offline.
      if (!/\/(print|book)\//.test(path)) lists[langOfPath(path)].push(url(path));
    } else if (file.startsWith('pagefind/fragment/')) {
      lists[langOfPath(fragmentUrl(file))].push(url(file));
    }
  }
  for (const lang of ['th', 'en'] as const) {
    const info = entry.languages[lang];
    if (!info) continue;
    const shared = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js', 'pagefind/pagefind-entry.json'];
    const own = files.filter(
      (f) =>
        f.startsWith(`pagefind/index/${lang}_`) ||
        f.startsWith(`pagefind/filter/${lang}_`) ||
        f === `pagefind/pagefind.${info.hash}.pf_meta` ||
        // Languages without their own stemmer (Thai) use the generic "unknown" build.
        f === `pagefind/wasm.${info.wasm ?? 'unknown'}.pagefind`,
    );
    lists[lang].push(...[...shared.filter((f) => files.includes(f)), ...own].map(url));
  }
  return lists;
}
