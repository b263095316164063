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

/** The WCAG 2.0/2.1/2.2 A and AA tags of axe. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe on the page as it stands, run the fast way; the same rules find the same faults.
 * - Legacy mode: axe.run() inside the page. The default mode runs axe.runPartial() in each frame,
 *   then opens a blank page, injects axe there again and sends it every partial result to finish:
 *   1–3 s a page, and a minute on a whole manual. What the default adds is testing cross-origin
 *   iframes; the site has no iframes, and the axe test fails on any request to another host.
 *   Same-origin frames are still tested in legacy mode.
 * - Only violations are collected in full: the tests read nothing else, and axe otherwise builds
 *   a unique CSS selector for every node of every rule that passed.
 * Checked when this was made: with faults planted in a module page and a whole manual, both ways
 * report the same rules on the same elements.
 */
export const axeBuilder = (page: Page) => new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });

/**
 * The WCAG 2.0/2.1/2.2 A and AA rules of axe, run on the page as it stands, with any further rules
 * (axe's best practices) switched on in the same run.
 */
export const wcagAxe = (page: Page, alsoRules: string[] = []) =>
  axeBuilder(page)
    .options({
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: WCAG_TAGS },
      rules: Object.fromEntries(alsoRules.map((rule) => [rule, { enabled: true }])),
    })
    .analyze();

/** WCAG A and AA problems axe finds on the page as it is now: rule and the elements it found. */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await wcagAxe(page);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
