// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { readBasePath } from './src/lib/base-path.ts';
import { DEFAULT_LANG, LANGS } from './src/lib/locales.ts';
import { scriptHash } from './src/lib/csp.ts';
import { astroCsp } from './src/lib/server-config/policy.ts';
import { TEXT_SIZE_BOOT, TRAINER_VIEW_BOOT } from './src/lib/inline-scripts.ts';
import { readSite } from './src/config/site.ts';
import { contentFactsPlugin } from './src/content-rules/build-plugin.ts';
import { handbook } from './src/integrations/handbook.ts';

const contentDir = resolve(process.env.HANDBOOK_CONTENT_DIR ?? './content');
const base = readBasePath(process.env.BASE_PATH);
const site = readSite(contentDir).publicUrl;
// The public address is the address of the home page, so its path must be the folder the site is built for.
if (site && new URL(site).pathname !== base) {
  throw new Error(
    `The public address ${site} is in the folder "${new URL(site).pathname}", but the site is built for "${base}". Set BASE_PATH=${new URL(site).pathname} (or change the address).`,
  );
}

export default defineConfig({
  // The public address (content/data/site.yaml, or SITE_URL). Unset until the office publishes
  // the handbook: then no QR codes, share previews or alternates, and one warning says so.
  ...(site ? { site } : {}),
  // NACC offices often host the handbook under a folder; BASE_PATH=/handbook/ sets it.
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  // Tests that build fixture content use their own cache so they never mix with the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache/astro',
  trailingSlash: 'always',
  // Styles inline in each page: one round trip less before the first paint on a slow connection.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Thai at the root, English under /en/ (src/lib/locales.ts is the list).
  i18n: {
    locales: [...LANGS],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: false },
  },
  // No code blocks in the handbook; Shiki's inline styles would also break the strict CSP.
  // Inside Astro's Markdown engine, every author component learns its file's language and each
  // <Cite> its number (src/content-rules/build-plugin.ts).
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ mdastPlugins: [contentFactsPlugin(contentDir)] }),
  },
  integrations: [
    mdx(),
    // The content check before anything is rendered; after the pages, the search index, the PDFs
    // and the service worker, and the web server settings.
    handbook({
      contentDir,
      onContentProblem: process.env.CONTENT_RULES === 'warn' ? 'warn' : 'error',
      // HANDBOOK_PDFS=skip makes none; HANDBOOK_PDFS=only:<text> only the files whose name has <text>.
      pdfs:
        process.env.HANDBOOK_PDFS === 'skip'
          ? false
          : process.env.HANDBOOK_PDFS?.startsWith('only:')
            ? process.env.HANDBOOK_PDFS.slice(5)
            : true,
      pdfConcurrency: Number(process.env.PDF_CONCURRENCY ?? 2),
    }),
  ],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy in every page's <meta>: scripts and styles only from this
  // site (plus the hashes Astro computes and the inline boot scripts), nothing from other hosts.
  // The policy is defined in src/lib/server-config/policy.ts, which also writes the web servers'
  // settings (the same policy as a header) after the build.
  security: { csp: astroCsp([scriptHash(TRAINER_VIEW_BOOT), scriptHash(TEXT_SIZE_BOOT)]) },
});
