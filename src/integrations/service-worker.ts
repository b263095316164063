/**
 * Build step, last: the web app manifest, the per-language offline lists and the service worker
 * (workbox-build), written after the search index and the PDFs so that they can list them.
 * - manifest.webmanifest: installable app with the Thai name, base-aware.
 * - offline-th.json, offline-en.json: what a reader's device keeps for use without signal.
 * - sw.js: precaches the shell (CSS, JS, Thai and Latin fonts, icons); pages are network-first
 *   so nobody is stuck on stale pages, the search index is stale-while-revalidate, PDFs are kept
 *   once opened. A new deployment waits until the reader accepts "a new version is available".
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';
import { th } from '../i18n/th.ts';
import { LANGS } from '../lib/locales.ts';
import { offlineLists } from '../lib/offline-lists.ts';
import { CACHE_NAMES } from '../lib/storage-keys.ts';

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

  // Fragments are gzip files starting with "pagefind_dcd"; their JSON says which page they are.
  const fragmentUrl = (file: string): string => {
    const raw = gunzipSync(readFileSync(join(outDir, file)));
    return (JSON.parse(raw.subarray(12).toString('utf8')) as { url: string }).url.replace(base, '/');
  };
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
  const lists = offlineLists({ files, entry, fragmentUrl, base });
  // The version changes with every build, so devices refresh their offline copy after a deployment.
  const version = `${Date.now()}`;
  for (const lang of LANGS) writeFileSync(join(outDir, `offline-${lang}.json`), JSON.stringify({ version, urls: lists[lang] }));

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
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: CACHE_NAMES.pages, networkTimeoutSeconds: 5, matchOptions: { ignoreSearch: true, ignoreVary: true } },
      },
      {
        urlPattern: ({ url }) => url.pathname.includes('/pagefind/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: CACHE_NAMES.search, matchOptions: { ignoreSearch: true, ignoreVary: true } },
      },
      {
        urlPattern: ({ url }) => url.pathname.endsWith('.pdf'),
        handler: 'CacheFirst',
        options: { cacheName: CACHE_NAMES.downloads },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`The service worker step warned: ${warnings.join('; ')}`);
  return { precached: count, kilobytes: Math.round(size / 1024), offline: Object.fromEntries(LANGS.map((l) => [l, lists[l].length])) };
}
