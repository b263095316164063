/**
 * Shared by the browser tests: the pages of the built site, and axe with the WCAG rules the site keeps.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Every HTML page of the built site (dist/, or OUT_DIR) as a path from the site's root, sorted. */
export function builtPages(dir = process.env.OUT_DIR ?? 'dist'): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir)
    .filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'))
    .map(
      (f) =>
        `/${relative(dir, f)
          .replace(/index\.html$/, '')
          .replace(/\\/g, '/')}`,
    )
    .sort();
}

/** The WCAG 2.0/2.1/2.2 A and AA rules of axe, run on the page as it stands. */
export const wcagAxe = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();

/** WCAG A and AA problems axe finds on the page as it is now: rule and the elements it found. */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await wcagAxe(page);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
