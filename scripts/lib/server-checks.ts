/**
 * What npm run test:server asks a real web server serving the built site, and what it expects back:
 * the headers src/lib/server-config/policy.ts defines (expectedHeaders), the site's own 404 pages
 * in both languages, folders redirected to their trailing slash, files that are not for readers
 * hidden, and every page's header policy allowing that page's own hashes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metaCsp, parseCsp } from '../../src/lib/csp.ts';
import { expectedHeaders, notFoundPage } from '../../src/lib/server-config/policy.ts';
import { NGINX_FILE } from '../../src/lib/server-config/nginx.ts';
import { APACHE_FILE } from '../../src/lib/server-config/apache.ts';

export interface Probe {
  /** Path inside the site (no base), as requested. */
  path: string;
  status: 200 | 301 | 404;
  /** The file whose headers (and, for 404, whose text) the response must have. */
  file?: string;
  /** For 301: the path inside the site it must point to. */
  location?: string;
  /** Denied outright (403) is as good as missing. */
  hidden?: boolean;
}

/**
 * The requests to make, chosen from the built files so that each rule of the policy is met at
 * least once: pages of both languages, a folder without its slash, both 404 pages, a file of each
 * hashed kind, the service worker, the manifest, the offline lists, Pagefind's binary files, a
 * PDF if the build made them, and the server settings themselves.
 */
export function probes(files: readonly string[]): Probe[] {
  const first = (test: (f: string) => boolean) => files.find(test);
  const page = (path: string): Probe => ({ path, status: 200, file: `${path}index.html` });
  const file = (path: string | undefined): Probe[] => (path ? [{ path, status: 200, file: path }] : []);
  const module = first((f) => /^modules\/[^/]+\/index\.html$/.test(f))?.replace('index.html', '') ?? 'modules/';
  return [
    page(''),
    page('en/'),
    page(module),
    page(`en/${module}`),
    { path: module.slice(0, -1), status: 301, location: module },
    { path: 'no-such-page/', status: 404, file: notFoundPage('no-such-page/') },
    { path: 'en/no-such-page/', status: 404, file: notFoundPage('en/no-such-page/') },
    { path: 'en/modules/no-such-module/', status: 404, file: notFoundPage('en/modules/no-such-module/') },
    ...file(first((f) => /^_astro\/.+\.js$/.test(f))),
    ...file(first((f) => /^_astro\/.+\.woff2$/.test(f))),
    ...file(first((f) => f.startsWith('pagefind/fragment/'))),
    ...file(first((f) => f.startsWith('pagefind/index/'))),
    ...file(first((f) => /^pagefind\/pagefind\..+\.pf_meta$/.test(f))),
    ...file(first((f) => /^pagefind\/.+\.pagefind$/.test(f))),
    ...file(first((f) => f.endsWith('.wasm'))),
    ...file('pagefind/pagefind.js'),
    ...file('sw.js'),
    ...file('manifest.webmanifest'),
    ...files.filter((f) => /^offline-[a-z]+\.json$/.test(f)).flatMap(file),
    ...file(first((f) => f.endsWith('.pdf'))),
    { path: NGINX_FILE, status: 404, hidden: true },
    { path: APACHE_FILE, status: 404, hidden: true },
  ];
}

/** Differences between a response's headers and the expected ones, one line each. */
export function headerProblems(actual: Headers, expected: Record<string, string>): string[] {
  const norm = (v: string) =>
    v
      .replace(/\s*;\s*/g, '; ')
      .trim()
      .toLowerCase();
  const problems: string[] = [];
  for (const [name, want] of Object.entries(expected)) {
    const got = actual.get(name);
    const same = name === 'content-type' ? got !== null && norm(got) === norm(want) : got === want;
    if (!same)
      problems.push(
        `${name}: expected "${want.length > 90 ? `${want.slice(0, 90)}…` : want}", got ${got === null ? 'nothing' : `"${got.length > 90 ? `${got.slice(0, 90)}…` : got}"`}`,
      );
  }
  return problems;
}

/**
 * Checks one site on one server; returns the problems, each prefixed with the address asked.
 * @param origin e.g. http://127.0.0.1:8080
 * @param dir the built site's folder
 */
export async function checkSite(origin: string, base: string, dir: string, files: readonly string[], csp: string): Promise<string[]> {
  const problems: string[] = [];
  if (base !== '/') {
    // The folder's name without its slash, as people type it.
    const res = await fetch(`${origin}${base.slice(0, -1)}`, { redirect: 'manual' });
    const location = new URL(res.headers.get('location') ?? '', origin).pathname;
    if (res.status !== 301 || location !== base)
      problems.push(`${origin}${base.slice(0, -1)}: ${res.status} to "${location}", expected 301 to ${base}`);
  }
  for (const probe of probes(files)) {
    const url = `${origin}${base}${probe.path}`;
    const res = await fetch(url, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
    const body = Buffer.from(await res.arrayBuffer());
    const fail = (message: string) => problems.push(`${url}: ${message}`);
    if (probe.hidden) {
      if ((res.status !== 404 && res.status !== 403) || /add_header|Header always/.test(body.toString()))
        fail(`is served (status ${res.status})`);
      continue;
    }
    if (res.status !== probe.status) {
      fail(`status ${res.status}, expected ${probe.status}`);
      continue;
    }
    if (probe.location !== undefined) {
      const location = res.headers.get('location') ?? '';
      if (new URL(location, url).pathname !== `${base}${probe.location}`)
        fail(`redirects to "${location}", expected ${base}${probe.location}`);
      continue;
    }
    const file = probe.file ?? probe.path;
    for (const p of headerProblems(res.headers, expectedHeaders(file, { base, csp }))) fail(p);
    // Pagefind's files are compressed by Pagefind, which reads the bytes itself.
    if (/\.pf_|\.pagefind$/.test(file) && res.headers.get('content-encoding'))
      fail(`sent with content-encoding ${res.headers.get('content-encoding')}`);
    if (probe.status === 404 && !body.equals(readFileSync(join(dir, file)))) fail(`is not the site's ${file}`);
  }
  return problems;
}

/**
 * Every page is sent with a header policy that allows all of that page's own script and style
 * hashes (else the browser would block them, as it enforces both policies).
 */
export async function checkPagePolicies(origin: string, base: string, dir: string, files: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const pages = files.filter((f) => f.endsWith('index.html'));
  // A few at a time: enough to be quick, few enough for a small worker pool.
  for (let i = 0; i < pages.length; i += 8) {
    await Promise.all(
      pages.slice(i, i + 8).map(async (page) => {
        const url = `${origin}${base}${page.replace(/index\.html$/, '')}`;
        const res = await fetch(url, { method: 'HEAD' });
        const header = parseCsp(res.headers.get('content-security-policy') ?? '');
        const meta = parseCsp(metaCsp(readFileSync(join(dir, page), 'utf8')) ?? '');
        for (const [name, sources] of meta) {
          const missing = sources.filter((s) => !(header.get(name) ?? []).includes(s));
          if (missing.length > 0) problems.push(`${url}: the header's ${name} lacks ${missing.join(' ')}`);
        }
        if (!header.has('frame-ancestors')) problems.push(`${url}: the header has no frame-ancestors`);
      }),
    );
  }
  return problems;
}
