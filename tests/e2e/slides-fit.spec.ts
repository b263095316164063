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
    const size = `${screen.width}×${screen.height}`;
    test(`at ${size}, with the control bar showing, nothing overflows or hides behind it`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(screen);
      const problems: string[] = [];
      let checked = 0;
      for (const deck of decks) {
        await page.goto(deck);
        // The whole deck in one call: each slide is reached as the presenter reaches it (the
        // right-arrow key, so the deck's own fitting runs) and measured with the bar showing.
        const results = await page.evaluate(async () => {
          await document.fonts.ready;
          const slides = [...document.querySelectorAll<HTMLElement>('.deck .slide')];
          const bar = document.querySelector('.deck-controls')!;
          const out: { n: number; title: string; moved: boolean; overflow: number; under: number }[] = [];
          for (let n = 1; n <= slides.length; n += 1) {
            const target = document.activeElement ?? document.body;
            if (n > 1) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
            // The bar shows (as when the presenter moves the mouse): the slide must stay clear of it.
            document.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 10 + (n % 2), clientY: 10 }));
            // A face first used on this slide loads before the slide is measured.
            await document.fonts.ready;
            const slide = document.querySelector<HTMLElement>('.deck .slide[data-current]');
            if (!slide) {
              out.push({ n, title: '', moved: false, overflow: 0, under: 0 });
              continue;
            }
            const barTop = bar.getBoundingClientRect().top;
            const bottoms = [...slide.querySelectorAll('*')]
              .filter((e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0)
              .map((e) => e.getBoundingClientRect().bottom);
            out.push({
              n,
              title: slide.dataset['title'] ?? '',
              moved: slide === slides[n - 1] && document.querySelector('hb-deck')?.hasAttribute('data-idle') === false,
              overflow: Math.max(slide.scrollHeight - slide.clientHeight, slide.scrollWidth - slide.clientWidth),
              under: Math.max(0, ...bottoms) - barTop,
            });
          }
          return out;
        });
        for (const r of results) {
          checked += 1;
          const where = `${deck}#${r.n} “${r.title}” at ${size}`;
          if (!r.moved) problems.push(`${where}: the deck did not show this slide with the control bar`);
          if (r.overflow > 1) problems.push(`${where}: overflows by ${Math.round(r.overflow)} px`);
          else if (r.under > 1) problems.push(`${where}: runs under the control bar by ${Math.round(r.under)} px`);
        }
      }
      expect(checked).toBeGreaterThan(200);
      expect(problems).toEqual([]);
    });
  }
});
