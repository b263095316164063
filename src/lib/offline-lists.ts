/**
 * Which files a reader's device keeps for offline use, per language: every page of that
 * language (not the print documents: their PDFs are kept once opened, and the chapters hold the
 * same text), and what its search reads: the index chunks of that language and the handbook's
 * search files for it (src/integrations/search-index.ts). Pure: works on the list of built files.
 */

export interface OfflineInputs {
  /** Built files, relative to the output folder ("en/modules/x/index.html"). */
  files: readonly string[];
  base: string;
}

export type Lang = 'th' | 'en';

const langOfPath = (path: string): Lang => (path.startsWith('/en/') ? 'en' : 'th');

/** The URL path (without base) a built HTML file is served at. */
export function pagePath(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/** The path of the page shown for anything not kept on the device, per language. */
export function fallbackPath(lang: Lang): string {
  return lang === 'en' ? '/en/offline/' : '/offline/';
}

/** The language-pack file (built file, relative) each URL of the lists comes from. */
export interface OfflineList {
  urls: string[];
  files: string[];
}

export function offlineLists({ files, base }: OfflineInputs): Record<Lang, OfflineList> {
  const lists: Record<Lang, OfflineList> = { th: { urls: [], files: [] }, en: { urls: [], files: [] } };
  const add = (lang: Lang, file: string, path: string) => {
    lists[lang].urls.push(`${base}${path.replace(/^\/+/, '')}`);
    lists[lang].files.push(file);
  };
  for (const file of files) {
    if (file.endsWith('index.html')) {
      const path = pagePath(file);
      if (!/\/(print|book)\//.test(path)) add(langOfPath(path), file, path);
      continue;
    }
    const search =
      /^pagefind\/(?:index\/(th|en)_[^/]+\.pf_index|hb\/(?:search|words)-(th|en)\.[^/]+\.json|hb\/text\/(th|en)\/.+\.txt)$/.exec(file);
    const lang = (search?.[1] ?? search?.[2] ?? search?.[3]) as Lang | undefined;
    if (lang) add(lang, file, file);
  }
  return lists;
}
