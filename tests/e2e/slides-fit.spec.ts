import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** Every deck the build made, in both languages. */
const dist = process.env.OUT_DIR ?? 'dist';
const decks = ['', 'en/'].flatMap((prefix) => readdirSync(`${dist}/${prefix}present`).map((slug) => `/${prefix}present/${slug}/`));
const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

test.describe('every slide fits the projector', () => {
  for (const screen of SCREENS) {
    test(`at ${screen.width}×${screen.height}, with the control bar showing, nothing overflows or hides behind it`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(screen);
      const problems: string[] = [];
      let checked = 0;
      for (const deck of decks) {
        await page.goto(deck);
        await page.evaluate(() => document.fonts.ready);
        const total = await page.locator('.deck .slide').count();
        for (let n = 1; n <= total; n += 1) {
          if (n > 1) await page.keyboard.press('ArrowRight');
          // The bar shows (as when the presenter moves the mouse): the slide must stay clear of it.
          await page.mouse.move(10 + (n % 2), 10);
          const result = await page.locator('.deck .slide[data-current]').evaluate((slide) => {
            const bar = document.querySelector('.deck-controls')!.getBoundingClientRect();
            const bottoms = [...slide.querySelectorAll('*')]
              .filter((e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0)
              .map((e) => e.getBoundingClientRect().bottom);
            return {
              overflow: slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1,
              under: Math.max(0, ...bottoms) > bar.top + 1,
              title: (slide as HTMLElement).dataset['title'] ?? '',
            };
          });
          checked += 1;
          if (result.overflow || result.under)
            problems.push(`${deck}#${n} “${result.title}”: ${result.overflow ? 'overflows' : 'runs under the control bar'}`);
        }
      }
      expect(checked).toBeGreaterThan(200);
      expect(problems).toEqual([]);
    });
  }
});
