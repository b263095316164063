/**
 * axe (WCAG 2.0/2.1/2.2 A and AA rules) on every page of the built site, found by walking dist/.
 * Also checks that no page asks another host for anything.
 */
import { expect, test } from '@playwright/test';
import { builtPages, wcagAxe } from './helpers/site.ts';

// Structure rules from axe's best practices that WCAG relies on: one main, one h1,
// headings in order, everything inside a landmark, no duplicate ids.
const STRUCTURE = [
  'heading-order',
  'landmark-one-main',
  'page-has-heading-one',
  'region',
  'landmark-unique',
  // The manuals join every chapter on one page: each chapter's ids carry its prefix.
  'duplicate-id',
];

for (const path of builtPages()) {
  test(`axe: ${path}`, async ({ page }) => {
    // A whole manual is one page of 230–300 printed pages: laying it out and checking every
    // element's contrast takes 10–30 s, more on a busy machine.
    if (path.startsWith('/book/') || path.startsWith('/en/book/')) test.setTimeout(180_000);
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== 'localhost' && url.protocol.startsWith('http')) foreign.push(request.url());
    });
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(path);
    // The WCAG rules and the structure rules in one run of axe over the whole page.
    const results = await wcagAxe(page, STRUCTURE);
    // Every structure rule did run (axe lists a rule that found nothing under passes or inapplicable).
    const ran = new Set([...results.passes, ...results.inapplicable, ...results.incomplete, ...results.violations].map((r) => r.id));
    expect(STRUCTURE.filter((rule) => !ran.has(rule))).toEqual([]);
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
    expect(summary).toEqual([]);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
}
