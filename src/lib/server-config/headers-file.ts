/**
 * The _headers file read by Netlify and Cloudflare Pages, written by the build into dist/ from the
 * one definition in policy.ts. Both hosts match rules on the request's path and give a response
 * every matching rule's headers (Cloudflare joins two values of one header with a comma, which for
 * Cache-Control and Content-Security-Policy means both apply), so each header is set by rules that
 * never overlap: the page policy on the folders that hold pages, never on the PDF folders.
 * Pure.
 */
import {
  CACHE_HASHED,
  CACHE_REVALIDATE,
  FRAME_ANCESTORS,
  HASHED_FILE,
  HASHED_FOLDERS,
  SECURITY_HEADERS,
  SERVICE_WORKER,
  contentType,
} from './policy.ts';
import { languageFolders } from './rules.ts';

export const HEADERS_FILE = '_headers';
export const REDIRECTS_FILE = '_redirects';
/** Cloudflare Pages' limits: it ignores longer lines and the rules after the hundredth. */
export const MAX_LINE = 2000;
export const MAX_RULES = 100;

/**
 * Path rules (inside the site, no base) that cover every page and no file under `excluded`:
 * a whole top-level folder ("modules/*") where it can, single pages ("downloads/") where a folder
 * also holds excluded files, and the subfolders of the folders in `split` ("en/modules/*").
 * @param pages the built pages, e.g. "index.html", "modules/a/index.html", "404.html"
 * @param excluded folders that must not match, e.g. "downloads/th/"
 * @param split folders covered by their subfolders, e.g. "en/": each rule then carries only the
 *   policy of its own pages, which keeps its line within Cloudflare's limit
 */
export function pageRules(pages: readonly string[], excluded: readonly string[], split: readonly string[] = []): string[] {
  const rules = new Set<string>();
  const cover = (files: readonly string[], prefix: string) => {
    for (const file of files) {
      const rest = file.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        rules.add(rest === 'index.html' ? prefix : file);
        continue;
      }
      const folder = `${prefix}${rest.slice(0, slash + 1)}`;
      if (split.includes(folder) || excluded.some((e) => e.startsWith(folder))) {
        cover([file], folder);
      } else rules.add(`${folder}*`);
    }
  };
  cover([...pages].sort(), '');
  return [...rules];
}

/** The pages a rule of pageRules() covers. */
export function pagesOfRule(rule: string, pages: readonly string[]): string[] {
  if (rule.endsWith('*')) return pages.filter((p) => p.startsWith(rule.slice(0, -1)));
  const page = rule === '' || rule.endsWith('/') ? `${rule}index.html` : rule;
  return pages.filter((p) => p === page);
}

export interface HeadersFileInput {
  base: string;
  /** The header policy for some pages: their own policies merged (policy.ts, pageCsp). */
  policyOf: (pages: readonly string[]) => string;
  /** Every built file, relative to the site's folder, with "/" separators. */
  files: readonly string[];
  /** Folders (inside the site) that hold PDFs, whether or not this build made them. */
  documentFolders: readonly string[];
  /** The offline lists, e.g. "offline-th.json". */
  noCacheFiles: readonly string[];
}

function rule(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

export function headersFile({ base, policyOf, files, documentFolders, noCacheFiles }: HeadersFileInput): string {
  const pages = files.filter((f) => f.endsWith('.html'));
  const at = (path: string) => `${base}${path}`;
  const rules = [
    `# The handbook at ${base}: headers for Netlify and Cloudflare Pages, written by the build
# (npm run build) from src/lib/server-config/policy.ts. Do not edit: change the policy and build again.`,
    rule(at('*'), { ...SECURITY_HEADERS }),
    ...pageRules(
      pages,
      documentFolders,
      languageFolders(base).map((l) => l.folder),
    ).map((p) => rule(at(p), { 'Content-Security-Policy': policyOf(pagesOfRule(p, pages)), 'Cache-Control': CACHE_REVALIDATE })),
    ...documentFolders.map((folder) => rule(at(`${folder}*`), { 'Content-Security-Policy': FRAME_ANCESTORS })),
    ...HASHED_FOLDERS.map((folder) => rule(at(`${folder}*`), { 'Cache-Control': CACHE_HASHED })),
    // Pagefind's metadata files are named by content; the hosts cannot match a pattern inside a name.
    ...files.filter((f) => HASHED_FILE.test(f)).map((f) => rule(at(f), { 'Cache-Control': CACHE_HASHED, 'Content-Type': contentType(f) })),
    rule(at(SERVICE_WORKER), { 'Cache-Control': CACHE_REVALIDATE, 'Service-Worker-Allowed': base }),
    rule(at('manifest.webmanifest'), { 'Cache-Control': CACHE_REVALIDATE, 'Content-Type': contentType('manifest.webmanifest') }),
    ...noCacheFiles.map((f) => rule(at(f), { 'Cache-Control': CACHE_REVALIDATE })),
  ];
  return `${rules.join('\n\n')}\n`;
}

/** What Cloudflare Pages would not apply of a _headers file, for a warning at build time. */
export function headersFileProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  const rules = lines.filter((l) => l.startsWith('/')).length;
  if (rules > MAX_RULES) problems.push(`${rules} rules; Cloudflare Pages applies only the first ${MAX_RULES}`);
  const long = lines.filter((l) => l.length > MAX_LINE);
  if (long.length > 0)
    problems.push(
      `${long.length} line(s) longer than ${MAX_LINE} characters, which Cloudflare Pages ignores: ${long.map((l) => l.trim().split(':')[0]).join(', ')}`,
    );
  return problems;
}

/**
 * Netlify's _redirects: each language's own 404 page (Netlify serves only the root 404.html by
 * itself; a rule never applies where a file exists). Cloudflare Pages finds the nearest 404.html
 * on its own and skips these lines.
 */
export function redirectsFile(base: string): string {
  return [
    `# The handbook at ${base}: English (and other non-Thai) 404 pages on Netlify. Written by the build.`,
    ...languageFolders(base).map(({ folder, notFound }) => `${base}${folder}*  ${notFound}  404`),
    '',
  ].join('\n');
}
