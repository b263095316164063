/**
 * Checks the links of a built site: every root-relative href/src must stay under the site's
 * base, point at a file that was built, and every #fragment must name an id on the target page.
 * Pure: works on a map of built files so it can be tested without a build.
 */

export interface BuiltPage {
  /** Path of the HTML file inside the output folder, e.g. "en/modules/x/index.html". */
  file: string;
  html: string;
}

export interface LinkProblem {
  file: string;
  line: number;
  message: string;
}

const ATTR = /\s(href|src|data-bundle)="([^"]*)"/g;

/** The ids defined in a page (for #fragment checks). */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

/** Maps a URL path (no base) to the built file that serves it. */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\/+/, ''));
  const candidates = clean === '' ? ['index.html'] : [clean, `${clean.replace(/\/$/, '')}/index.html`];
  return candidates.find((c) => files.has(c));
}

export function checkLinks(pages: readonly BuiltPage[], allFiles: ReadonlySet<string>, base: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const ids = new Map(pages.map((p) => [p.file, idsOf(p.html)]));
  for (const page of pages) {
    const lines = page.html.split('\n');
    lines.forEach((text, i) => {
      for (const match of text.matchAll(ATTR)) {
        const value = match[2] ?? '';
        const report = (message: string) => problems.push({ file: page.file, line: i + 1, message: `${match[1]}="${value}": ${message}` });
        if (value.startsWith('#')) {
          const id = decodeURIComponent(value.slice(1));
          if (id && !ids.get(page.file)?.has(id)) report(`no element with id "${id}" on this page`);
          continue;
        }
        if (!value.startsWith('/') || value.startsWith('//')) continue;
        if (!value.startsWith(base)) {
          report(`does not start with the site base "${base}"; build links with href()/withBase()`);
          continue;
        }
        const [pathAndQuery = '', fragment] = value.slice(base.length - 1).split('#');
        const path = pathAndQuery.split('?')[0] ?? '';
        const target = fileForPath(path, allFiles);
        if (!target) {
          report('no page or file was built at this address');
          continue;
        }
        if (fragment && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(fragment))) {
          report(`the page exists but has no element with id "${fragment}"`);
        }
      }
    });
  }
  return problems;
}
