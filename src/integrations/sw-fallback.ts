/**
 * The part of the service worker workbox does not write: pages and PDFs with a page of their own
 * for anything not kept on the device. Runs in the worker (sw-fallback.js, loaded by sw.js with
 * importScripts before workbox's routes, so this fetch handler answers these requests first):
 * - a page: the network first (5 s), kept for later; offline, the kept copy (marked
 *   `Server-Timing: stored`, so the page can say it is offline); else the offline page, in the reader's language (the language of the page they came from, else of the address);
 * - a PDF: the kept copy first; else the network, kept; else, when it was opened as a page, the
 *   offline page.
 * The two offline pages are kept when the worker installs.
 * `swFallback` is written into that file as its source text, so it uses nothing from outside.
 */

export interface FallbackConfig {
  pagesCache: string;
  downloadsCache: string;
  /** The offline page per language, with the site's base. */
  fallback: { th: string; en: string };
  /** The site's base path ("/" or "/handbook/"), to tell English addresses (<base>en/…). */
  base: string;
}

interface FetchEventLike extends Event {
  request: Request;
  respondWith(response: Promise<Response>): void;
  waitUntil(promise: Promise<unknown>): void;
}

/** The worker's code; `scope` is the worker's global scope (self). */
export function swFallback(
  config: FallbackConfig,
  scope: { addEventListener(type: string, listener: (event: FetchEventLike) => void): void; location: { origin: string } },
): void {
  const english = (path: string) => path.startsWith(`${config.base}en/`) || path === `${config.base}en`;
  const fallbackFor = (request: Request): string => {
    let lang = english(new URL(request.url).pathname) ? 'en' : 'th';
    try {
      if (request.referrer) lang = english(new URL(request.referrer).pathname) ? 'en' : 'th';
    } catch {
      // No usable referrer: the address decides.
    }
    return lang === 'en' ? config.fallback.en : config.fallback.th;
  };
  const kept = async (request: Request, cacheName: string): Promise<Response | undefined> => {
    const cache = await caches.open(cacheName);
    return cache.match(request, { ignoreSearch: true, ignoreVary: true });
  };
  const offlinePage = async (request: Request): Promise<Response> => {
    const page = await caches.match(fallbackFor(request), { ignoreSearch: true });
    return page ?? Response.error();
  };
  const withTimeout = (promise: Promise<Response>, ms: number) =>
    new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timeout')), ms);
      promise.then(
        (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  const page = async (request: Request): Promise<Response> => {
    try {
      const response = await withTimeout(fetch(request), 5000);
      if (response.ok) {
        const copy = response.clone();
        void caches.open(config.pagesCache).then((cache) => cache.put(request, copy));
      }
      return response;
    } catch {
      const stored = await kept(request, config.pagesCache);
      if (!stored) return offlinePage(request);
      // Tells the page it is the copy kept on the device (the network failed or took over 5 s):
      // navigator.onLine stays true on a weak or captive connection. The page reads it from its
      // navigation timing (serverTiming).
      const headers = new Headers(stored.headers);
      headers.set('Server-Timing', 'stored');
      return new Response(stored.body, { status: stored.status, statusText: stored.statusText, headers });
    }
  };
  const pdf = async (request: Request): Promise<Response> => {
    const stored = await kept(request, config.downloadsCache);
    if (stored) return stored;
    try {
      const response = await fetch(request);
      if (response.ok) {
        const copy = response.clone();
        void caches.open(config.downloadsCache).then((cache) => cache.put(request, copy));
      }
      return response;
    } catch {
      return request.mode === 'navigate' ? offlinePage(request) : Response.error();
    }
  };
  scope.addEventListener('install', (event) => {
    event.waitUntil(caches.open(config.pagesCache).then((cache) => cache.addAll([config.fallback.th, config.fallback.en])));
  });
  scope.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    if (url.pathname.endsWith('.pdf')) event.respondWith(pdf(request));
    else if (request.mode === 'navigate') event.respondWith(page(request));
  });
}

/** The file's text: the function above called with the build's settings. */
export function swFallbackSource(config: FallbackConfig): string {
  return `// Written by src/integrations/sw-fallback.ts\n(${swFallback.toString()})(${JSON.stringify(config)}, self);\n`;
}
