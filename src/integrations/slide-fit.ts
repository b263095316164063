/**
 * Build step: every slide fits the screens trainers present on. Each deck (/present/<slug>/ in
 * both languages) is opened in Chromium at 1024×768 (4:3 projectors), 1280×720 and 1920×1080,
 * and each slide gets the largest text size (FIT_STEPS in src/lib/presenter.ts) at which it fits
 * all three without scrolling or running under the control bar's room; that size is written into
 * the built page (data-fit). A slide that does not fit even at the smallest size stops the build
 * with its session, number and title, to be split into two <Slide> blocks.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { resolveBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';
import { FIT_STEPS } from '../lib/presenter.ts';

export const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

export interface SlideFitResult {
  decks: number;
  slides: number;
  /** Slides set smaller than the deck's size. */
  scaled: number;
  smallest: number;
}

/** The decks of the build: paths (with base) of present/<slug>/ pages. */
function decks(outDir: string): string[] {
  const out: string[] = [];
  for (const prefix of ['', 'en/']) {
    let slugs: string[];
    try {
      slugs = readdirSync(join(outDir, prefix, 'present'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    } catch {
      continue;
    }
    for (const slug of slugs) out.push(`${prefix}present/${slug}/`);
  }
  return out;
}

/** In the page: for each slide of the deck, the index in FIT_STEPS of the largest size that fits (-1: none). */
function measure(steps: readonly number[]): number[] {
  return [...document.querySelectorAll<HTMLElement>('.deck .slide')].map((slide) => {
    for (const [i, step] of steps.entries()) {
      if (step === 1) delete slide.dataset['fit'];
      else slide.dataset['fit'] = String(step);
      if (slide.scrollHeight <= slide.clientHeight + 1 && slide.scrollWidth <= slide.clientWidth + 1) return i;
    }
    return -1;
  });
}

/** Writes data-fit into the deck's slides, in document order (the same order as `.deck .slide`). */
export function writeFits(html: string, fits: readonly number[]): string {
  let n = 0;
  return html.replace(/<(section|div)\b([^>]*\sclass="([^"]*)"[^>]*)>/gu, (tag, name: string, attributes: string, classes: string) => {
    if (!/(?:^|\s)slide(?:\s|$)/u.test(classes)) return tag;
    const fit = fits[n];
    n += 1;
    if (fit === undefined || fit === 1) return tag;
    return `<${name}${attributes.replace(/\sdata-fit="[^"]*"/u, '')} data-fit="${fit}">`;
  });
}

export async function fitSlides(outDir: string, base: string): Promise<SlideFitResult> {
  const paths = decks(outDir);
  if (paths.length === 0) return { decks: 0, slides: 0, scaled: 0, smallest: 1 };
  const server = await serveStatic(outDir, { base });
  const { executablePath, args } = await resolveBrowser('build');
  const browser = await chromium.launch({ executablePath, args });
  const problems: string[] = [];
  let slides = 0;
  let scaled = 0;
  let smallest = 1;
  try {
    // Without scripts every slide is laid out at once, each a screen high.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const fits = new Map<string, number[]>();
    const titles = new Map<string, string[]>();
    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      for (const path of paths) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        const steps = await page.evaluate(measure, [...FIT_STEPS]);
        titles.set(
          path,
          await page.locator('.deck .slide').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['title'] ?? '')),
        );
        const previous = fits.get(path) ?? steps.map(() => 0);
        steps.forEach((step, i) => {
          if (step === -1)
            problems.push(`${path} slide ${i + 1} “${titles.get(path)?.[i] ?? ''}” does not fit ${screen.width}×${screen.height}`);
        });
        fits.set(
          path,
          previous.map((p, i) => Math.max(p, steps[i] ?? 0)),
        );
      }
    }
    await context.close();
    if (problems.length > 0) {
      throw new Error(
        `${problems.length} slide(s) do not fit the screen even at ${Math.round((FIT_STEPS.at(-1) ?? 1) * 100)}% text size:\n${problems.join('\n')}\nSplit each into two <Slide> blocks in the session's MDX.`,
      );
    }
    for (const path of paths) {
      const chosen = (fits.get(path) ?? []).map((i) => FIT_STEPS[i] ?? 1);
      slides += chosen.length;
      scaled += chosen.filter((s) => s < 1).length;
      smallest = Math.min(smallest, ...chosen);
      const file = join(outDir, path, 'index.html');
      writeFileSync(file, writeFits(readFileSync(file, 'utf8'), chosen));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { decks: paths.length, slides, scaled, smallest };
}
