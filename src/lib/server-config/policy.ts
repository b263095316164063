/**
 * The one definition of what the handbook's responses carry: the Content-Security-Policy that
 * Astro writes into every page's <meta> (astro.config.mjs reads `astroCsp`), and what a web server
 * adds around it: the same policy as a header (plus frame-ancestors, which a <meta> cannot carry),
 * security headers, caching, content types, the 404 pages of both languages and the service
 * worker's scope. The nginx, Apache and _headers files (nginx.ts, apache.ts, headers-file.ts in this
 * folder) are written from it by the build, and `expectedHeaders` is what the server test checks
 * real responses against. Pure.
 */
import { formatCsp, mergeCsp, parseCsp } from '../csp.ts';
import { DEFAULT_LANG, LANGS, localePath, type Lang } from '../locales.ts';

/**
 * Everything but scripts and styles: only from this site, nothing from other hosts. Images may be
 * data: and blob: URLs (QR codes, photos made on the device); workers may be blob: (search).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Scripts from the site only. (The search reads Pagefind's index itself, so no WebAssembly runs.) */
export const SCRIPT_SOURCES = ["'self'"] as const;

/** What only a header can say: no other site may show the handbook in a frame. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * Astro's `security.csp` setting: the directives above, and script-src with the hashes of the
 * inline scripts (Astro adds the hashes of its own scripts and of each page's inline styles).
 */
export function astroCsp(inlineScriptHashes: readonly `sha256-${string}`[]) {
  return {
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [...inlineScriptHashes] },
  };
}

/**
 * The header policy for pages: every built page's <meta> policy merged (each page still gets
 * exactly its own, since a browser enforces both), with frame-ancestors added.
 * @throws when a page's policy is not the one defined here (someone changed it elsewhere).
 */
export function pageCsp(metaPolicies: readonly string[]): string {
  if (metaPolicies.length === 0)
    throw new Error('No built page has a Content-Security-Policy <meta>; is security.csp set in astro.config.mjs?');
  const parsed = metaPolicies.map(parseCsp);
  for (const [i, policy] of parsed.entries()) {
    for (const directive of [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`]) {
      const [name = '', ...sources] = directive.split(' ');
      const found = policy.get(name);
      if (!found || sources.some((s) => !found.includes(s))) {
        throw new Error(
          `A page's Content-Security-Policy does not contain "${directive}" from src/lib/server-config/policy.ts: "${metaPolicies[i]}". Change the policy there, not in astro.config.mjs.`,
        );
      }
    }
  }
  const merged = mergeCsp(parsed);
  merged.set('frame-ancestors', ["'none'"]);
  return formatCsp(merged);
}

/** Sent with every response. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  // For browsers that do not know frame-ancestors.
  'X-Frame-Options': 'DENY',
  // Other sites learn only that a reader came from the handbook's host, never which page.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The camera (scanning trainees' result codes) and location (field photos, only if the reader
  // allows it) are for the handbook's own pages; nothing else is.
  'Permissions-Policy': 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=()',
} as const;

/** Files whose names change with their content: kept for a year, never asked for again. */
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
/** Everything else (pages, sw.js, the manifest, the offline lists): checked with the server each time. */
export const CACHE_REVALIDATE = 'no-cache';

/** Folders (inside the site, no base) whose files are all named by their content. */
export const HASHED_FOLDERS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'] as const;
/** Pagefind's per-language metadata, e.g. pagefind/pagefind.th_7e77be1dbb.pf_meta. */
export const HASHED_FILE = /^pagefind\/pagefind\.[^/]+\.pf_meta$/;

export function isHashed(path: string): boolean {
  return HASHED_FOLDERS.some((folder) => path.startsWith(folder)) || HASHED_FILE.test(path);
}

/**
 * Files a browser shows in its own viewer: Chrome's PDF viewer is blocked by a page's policy
 * (object-src 'none', no inline styles), so they get frame-ancestors only.
 */
export function isDocument(path: string): boolean {
  return /\.pdf$/i.test(path);
}

/** The service worker (at the site's root, so that its scope is the whole site). */
export const SERVICE_WORKER = 'sw.js';

/**
 * Content types by extension, for every kind of file the site has. Pagefind's index files
 * (.pf_meta, .pf_index, .pf_fragment, .pf_filter, .pagefind) are binary: they must not be
 * sent as text or compressed again.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  txt: 'text/plain',
  xml: 'application/xml',
  zip: 'application/zip',
};
/** Unknown extensions are downloaded, never guessed. */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
/** Text types are sent with "; charset=utf-8". */
export const isText = (type: string): boolean => /^text\/|^application\/(?:json|manifest\+json|xml)$|^image\/svg\+xml$/.test(type);

/** The content type of a file with its charset, e.g. "text/html; charset=utf-8". */
export function contentType(path: string): string {
  const ext = /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const type = CONTENT_TYPES[ext] ?? (ext.startsWith('pf_') ? 'application/octet-stream' : DEFAULT_CONTENT_TYPE);
  return isText(type) ? `${type}; charset=utf-8` : type;
}

/** The folder of each language inside the site: "" for Thai, "en/" for English. */
export function languageFolder(lang: Lang): string {
  return localePath(lang, '/').slice(1);
}

/** The site's own 404 page for a path inside the site: the English one under en/, else the Thai one. */
export function notFoundPage(path: string): string {
  const lang = LANGS.find((l) => l !== DEFAULT_LANG && path.startsWith(languageFolder(l))) ?? DEFAULT_LANG;
  return `${languageFolder(lang)}404.html`;
}

/** The languages other than Thai, which each have a folder and a 404 page of their own. */
export const FOLDER_LANGS = LANGS.filter((l) => l !== DEFAULT_LANG);

/**
 * The headers a response for a file of the site should carry (names lower-case), given the path
 * inside the site (no base; a folder's index.html for a page), the site's base and the page policy.
 */
export function expectedHeaders(path: string, { base, csp }: { base: string; csp: string }): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': isDocument(path) ? FRAME_ANCESTORS : csp,
    'cache-control': isHashed(path) ? CACHE_HASHED : CACHE_REVALIDATE,
    'content-type': contentType(path),
  };
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers[name.toLowerCase()] = value;
  if (path === SERVICE_WORKER) headers['service-worker-allowed'] = base;
  return headers;
}
