/**
 * Build step, last: the web server settings for the built site, from the one definition in
 * src/lib/server-config/policy.ts and the Content-Security-Policy Astro wrote into the pages (so the
 * header lists exactly the hashes of this build's inline scripts and styles):
 * - .nginx.conf: location blocks an nginx server block includes;
 * - .htaccess: Apache;
 * - _headers: Netlify and Cloudflare Pages; _redirects: Netlify's English 404 page.
 * It also puts the English 404 page where servers look for it (en/404.html).
 */
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { metaCsp } from '../lib/csp.ts';
import { downloadFile } from '../lib/downloads.ts';
import { LANGS } from '../lib/locales.ts';
import { FOLDER_LANGS, languageFolder, pageCsp } from '../lib/server-config/policy.ts';
import { NGINX_FILE, nginxConfig } from '../lib/server-config/nginx.ts';
import { APACHE_FILE, htaccess } from '../lib/server-config/apache.ts';
import { HEADERS_FILE, REDIRECTS_FILE, headersFile, headersFileProblems, redirectsFile } from '../lib/server-config/headers-file.ts';

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

export interface ServerConfigs {
  /** The header policy every page is sent with. */
  csp: string;
  pages: number;
  /** Problems that do not stop the build (pages without a policy, hosts' limits). */
  warnings: string[];
}

/**
 * Astro writes the English 404 page as en/404/index.html; servers (and Cloudflare Pages, which
 * looks for the nearest 404.html) want a file next to the Thai one's name: en/404.html.
 */
function placeNotFoundPages(outDir: string): void {
  for (const lang of FOLDER_LANGS) {
    const folder = join(outDir, languageFolder(lang));
    const built = join(folder, '404', 'index.html');
    if (existsSync(built)) copyFileSync(built, join(folder, '404.html'));
  }
}

export function writeServerConfigs(outDir: string, base: string): ServerConfigs {
  placeNotFoundPages(outDir);
  const files = walk(outDir)
    .map((f) => relative(outDir, f).split('\\').join('/'))
    .sort();
  const policies = new Map<string, string>();
  const warnings: string[] = [];
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    const policy = metaCsp(readFileSync(join(outDir, page), 'utf8'));
    if (policy === undefined) warnings.push(`${page} has no Content-Security-Policy <meta>; the header policy applies to it alone`);
    else policies.set(page, policy);
  }
  // nginx and Apache send one policy for all pages; _headers one per folder (Cloudflare Pages
  // ignores a line over 2,000 characters, which the whole site's hashes exceed).
  const csp = pageCsp([...policies.values()]);
  const policyOf = (pages: readonly string[]) => {
    const own = pages.flatMap((p) => policies.get(p) ?? []);
    return own.length > 0 ? pageCsp(own) : csp;
  };
  writeFileSync(join(outDir, NGINX_FILE), nginxConfig({ base, csp }));
  writeFileSync(join(outDir, APACHE_FILE), htaccess({ base, csp }));
  const headers = headersFile({
    base,
    policyOf,
    files,
    documentFolders: LANGS.map((lang) => `${posix.dirname(downloadFile('manual-participant', lang))}/`),
    noCacheFiles: LANGS.map((lang) => `offline-${lang}.json`),
  });
  writeFileSync(join(outDir, HEADERS_FILE), headers);
  writeFileSync(join(outDir, REDIRECTS_FILE), redirectsFile(base));
  warnings.push(...headersFileProblems(headers).map((p) => `${HEADERS_FILE}: ${p}`));
  return { csp, pages: policies.size, warnings };
}
