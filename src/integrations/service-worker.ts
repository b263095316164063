/**
 * Build step, last: the web app manifest, the per-language offline lists and the service worker
 * (workbox-build), written after the search index and the PDFs so that they can list them.
 * - manifest.webmanifest: installable app with the Thai name, base-aware.
 * - offline-th.json, offline-en.json: what a reader's device keeps for use without signal (the
 *   language pack), with its download size, which the page shows before asking.
 * - sw.js: precaches the shell (CSS, JS, Thai and Latin fonts, icons); the search files are
 *   stale-while-revalidate. sw-fallback.js (src/integrations/sw-fallback.ts) handles pages
 *   (network first, so nobody is stuck on stale pages) and PDFs (kept once opened), with the
 *   offline page for whatever is not kept. A new deployment waits until the reader accepts
 *   "a new version is available".
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { th } from '../i18n/th.ts';
import { LANGS } from '../lib/locales.ts';
import { fallbackPath, offlineLists } from '../lib/offline-lists.ts';
import { CACHE_NAMES } from '../lib/storage-keys.ts';
import { swFallbackSource } from './sw-fallback.ts';

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

export function manifest(base: string): object {
  return {
    name: th['site.title'],
    short_name: th['site.appName'],
    description: th['site.description'],
    lang: 'th',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5a7a',
    icons: [
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${base}icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    // The field kit has its own entries on the installed app (a long press on its icon).
    shortcuts: [
      {
        name: th['forms.title'],
        short_name: th['fieldKit.shortcut'],
        description: th['fieldKit.hub.pageIntro'],
        url: `${base}forms/`,
        icons: [{ src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' }],
      },
      {
        name: th['fieldKit.zone.title'],
        short_name: th['fieldKit.zoneShortcut'],
        url: `${base}forms/zone/`,
        icons: [{ src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' }],
      },
    ],
  };
}

export async function writeServiceWorker(
  outDir: string,
  base: string,
): Promise<{ precached: number; kilobytes: number; offline: Record<string, number> }> {
  const files = walk(outDir).map((f) => relative(outDir, f).split('\\').join('/'));
  writeFileSync(join(outDir, 'manifest.webmanifest'), JSON.stringify(manifest(base), null, 2));

  const lists = offlineLists({ files, base });
  // What a download costs: text travels compressed (hosts gzip it); the index chunks already are.
  const transferBytes = (file: string): number =>
    /\.(html|json|txt)$/.test(file) ? gzipSync(readFileSync(join(outDir, file))).length : statSync(join(outDir, file)).size;
  // The version changes with every build, so devices refresh their offline copy after a deployment.
  const version = `${Date.now()}`;
  for (const lang of LANGS) {
    const bytes = lists[lang].files.reduce((sum, file) => sum + transferBytes(file), 0);
    writeFileSync(join(outDir, `offline-${lang}.json`), JSON.stringify({ version, bytes, urls: lists[lang].urls }));
  }
  writeFileSync(
    join(outDir, 'sw-fallback.js'),
    swFallbackSource({
      pagesCache: CACHE_NAMES.pages,
      downloadsCache: CACHE_NAMES.downloads,
      fallback: { th: `${base}${fallbackPath('th').slice(1)}`, en: `${base}${fallbackPath('en').slice(1)}` },
      base,
    }),
  );

  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['_astro/*.{js,css}', '_astro/sarabun-{thai,latin}-*.woff2', 'favicon.svg', 'icons/*.png', 'manifest.webmanifest'],
    swDest: join(outDir, 'sw.js'),
    // Pages ask before switching to a new version (the "new version" notice), then reload.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // Pages and PDFs: sw-fallback.js, loaded first so that its fetch handler answers them.
    importScripts: [`${base}sw-fallback.js`],
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.includes('/pagefind/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: CACHE_NAMES.search, matchOptions: { ignoreSearch: true, ignoreVary: true } },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`The service worker step warned: ${warnings.join('; ')}`);
  return { precached: count, kilobytes: Math.round(size / 1024), offline: Object.fromEntries(LANGS.map((l) => [l, lists[l].urls.length])) };
}
