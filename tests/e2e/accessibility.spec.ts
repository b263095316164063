/**
 * axe (WCAG 2.0/2.1/2.2 A and AA rules) on every page of the built site, found by walking dist/.
 * Also checks that no page asks another host for anything, and colour contrast in the dark theme.
 */
import { expect, test } from '@playwright/test';
import type { Result } from 'axe-core';
import { axeRules, builtPages, wcagAxe } from './helpers/site.ts';

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

/** Dark theme (issue 14, tests/e2e/display.spec.ts): colours do not depend on the language, so the
 * Thai pages stand for both; the printed documents under /book/ have their own light stylesheet
 * and no dark theme. Checked here, on the page already loaded, rather than by loading every page
 * a second time. */
const hasDarkTheme = (path: string) => !path.startsWith('/en/') && !path.startsWith('/book/');

const summarise = (violations: Result[]) =>
  violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')}${v.id === 'color-contrast' ? ` ${n.any[0]?.message ?? ''}` : ''}`)
        .join(' | ')})`,
  );

for (const path of builtPages()) {
  test(`axe: ${path}${hasDarkTheme(path) ? ', and contrast in the dark theme' : ''}`, async ({ page }) => {
    // A whole manual is one page of 230–300 printed pages: laying it out and checking every
    // element takes 10–40 s, more on a busy machine.
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
    // A slide deck's control bar fades out after a few idle seconds (src/client/presenter/deck.ts):
    // axe run during the fade measured a half-transparent bar (contrast 1.03). The pointer rests on
    // the bar, as a presenter's would, so it stays and its contrast is checked at full opacity.
    const bar = page.locator('hb-deck .deck-controls');
    const box = (await bar.count()) > 0 ? await bar.boundingBox() : null;
    if (box) {
      await page.mouse.move(box.x + 4, box.y + box.height / 2);
      await expect(page.locator('hb-deck')).not.toHaveAttribute('data-idle');
      await expect(bar).toHaveCSS('opacity', '1');
    }
    // The WCAG rules and the structure rules in one run of axe over the whole page.
    const results = await wcagAxe(page, STRUCTURE);
    // Every structure rule did run (axe lists a rule that found nothing under passes or inapplicable).
    const ran = new Set([...results.passes, ...results.inapplicable, ...results.incomplete, ...results.violations].map((r) => r.id));
    expect(STRUCTURE.filter((rule) => !ran.has(rule))).toEqual([]);
    expect(summarise(results.violations)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);

    if (!hasDarkTheme(path)) return;
    // Colour contrast in the dark theme, with a glossary popover open where there is one.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const open = page.locator('button.term-button').first();
    if (await open.isVisible().catch(() => false)) await open.click();
    if (box) await expect(bar).toHaveCSS('opacity', '1');
    const dark = await axeRules(page, ['color-contrast', 'link-in-text-block']);
    expect(summarise(dark.violations), 'in the dark theme').toEqual([]);
  });
}
