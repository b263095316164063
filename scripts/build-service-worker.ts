/**
 * Last build step: the web app manifest, the per-language offline lists and the service worker
 * (workbox-build), written after the search index so they can list it.
 * - dist/manifest.webmanifest: installable app with the Thai name, base-aware.
 * - dist/offline-th.json, dist/offline-en.json: what a reader's device keeps for offline use.
 * - dist/sw.js: precaches the shell (CSS, JS, Thai and Latin fonts, icons); pages are network-first
 *   so nobody is stuck on stale pages, the search index is stale-while-revalidate, PDFs are kept
 *   once opened. A new deployment waits until the reader accepts "a new version is available".
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { readBasePath } from '../src/lib/base-path.ts';
import { th } from '../src/i18n/th.ts';
import { offlineLists } from './lib/offline.ts';

const started = performance.now();
const outDir = process.env.OUT_DIR ?? 'dist';
const base = readBasePath(process.env.BASE_PATH);

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const files = walk(outDir).map((f) => relative(outDir, f).split('\\').join('/'));

writeFileSync(
  join(outDir, 'manifest.webmanifest'),
  JSON.stringify(
    {
      name: th['site.title'],
      short_name: 'คู่มือต้านทุจริต ขอนแก่น',
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
    },
    null,
    2,
  ),
);

// Fragments are gzip files starting with "pagefind_dcd"; their JSON says which page they are.
const fragmentUrl = (file: string): string => {
  const raw = gunzipSync(readFileSync(join(outDir, file)));
  return (JSON.parse(raw.subarray(12).toString('utf8')) as { url: string }).url.replace(base, '/');
};
const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
const lists = offlineLists({ files, entry, fragmentUrl, base });
// The version changes with every build, so devices refresh their offline copy after a deployment.
const version = `${Date.now()}`;
for (const lang of ['th', 'en'] as const) {
  writeFileSync(join(outDir, `offline-${lang}.json`), JSON.stringify({ version, urls: lists[lang] }));
}

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: [
    '_astro/*.{js,css}',
    '_astro/sarabun-{thai,latin}-*.woff2',
    'favicon.svg',
    'icons/*.png',
    'manifest.webmanifest',
  ],
  swDest: join(outDir, 'sw.js'),
  // Pages ask before switching to a new version (the "new version" notice), then reload.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  runtimeCaching: [
    {
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: { cacheName: 'hb-pages', networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true, ignoreVary: true } },
    },
    {
      urlPattern: ({ url }) => url.pathname.includes('/pagefind/'),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'hb-search', matchOptions: { ignoreSearch: true, ignoreVary: true } },
    },
    {
      urlPattern: ({ url }) => url.pathname.endsWith('.pdf'),
      handler: 'CacheFirst',
      options: { cacheName: 'hb-downloads' },
    },
  ],
});
for (const w of warnings) console.warn(`service worker: ${w}`);
console.log(
  `Service worker: ${count} shell files (${Math.round(size / 1024)} KB) precached; offline lists th ${lists.th.length}, en ${lists.en.length} files (${Math.round(performance.now() - started)} ms).`,
);
