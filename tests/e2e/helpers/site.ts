/**
 * Shared by the browser tests: the pages of the built site, and axe with the WCAG rules the site keeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
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

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's own axe.run() on the page as it stands, with only the violations collected in full.
 * Why not @axe-core/playwright's AxeBuilder: its default mode runs axe.runPartial() in each frame,
 * then opens a blank page, injects axe there again and sends it every partial result to finish;
 * its legacy mode injects the 1.5 MB unminified axe twice per run. That cost 1–3 s a page, and a
 * minute on a whole manual. What the default mode adds is testing cross-origin iframes: the site
 * has no iframes, and the axe test fails on any request to another host. Frames of the page's own
 * origin get axe too, and axe.run() tests them. Only violations are collected in full (axe
 * otherwise builds a unique CSS selector for every node of every rule that passed): the tests read
 * nothing else. With faults planted in a module page and in /book/facilitator/, this and
 * AxeBuilder reported the same rules on the same elements.
 */
export async function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window).catch(() => true))) await frame.evaluate(axeSource);
  }
  return page.evaluate(
    (options) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
    { ...options, resultTypes: ['violations'] } satisfies RunOptions,
  );
}

/** Only these axe rules, on the page as it stands. */
export const axeRules = (page: Page, rules: string[]) => runAxe(page, { runOnly: { type: 'rule', values: rules } });

/**
 * The WCAG 2.0/2.1/2.2 A and AA rules of axe, run on the page as it stands, with any further rules
 * (axe's best practices) switched on in the same run.
 */
export const wcagAxe = (page: Page, alsoRules: string[] = []) =>
  runAxe(page, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: Object.fromEntries(alsoRules.map((rule) => [rule, { enabled: true }])),
  });

/** WCAG A and AA problems axe finds on the page as it is now: rule and the elements it found. */
export async function axeProblems(page: Page): Promise<string[]> {
  const results = await wcagAxe(page);
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
