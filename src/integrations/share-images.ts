/**
 * Build step (only when the handbook has a public address): a preview image for every page that
 * names one in its og:image tag (ShareMeta.astro), so that a link shared in LINE or Facebook shows
 * the page's title in Sarabun. Drawn by Chromium (the browser src/integrations/browser.ts finds,
 * as for the PDFs), which shapes Thai correctly: SVG renderers such as satori still misplace Thai
 * tone marks over upper vowels (vercel/satori#668). 1200 × 630 PNG, written where og:image points.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { decodeEntities } from '../lib/downloads.ts';
import { SHARE_IMAGE_SIZE, readShareCard, type ShareCard } from '../lib/share.ts';
import { resolveBrowser } from './browser.ts';

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

/** Sarabun's Thai and Latin subsets, regular and bold, as @font-face rules with the font inside. */
function sarabunFaces(): string {
  const require = createRequire(import.meta.url);
  const face = (subset: 'thai' | 'latin', weight: 400 | 700, range: string) => {
    const file = require.resolve(`@fontsource/sarabun/files/sarabun-${subset}-${weight}-normal.woff2`);
    const data = readFileSync(file).toString('base64');
    return `@font-face{font-family:Sarabun;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${range}}`;
  };
  const thai = 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC';
  const latin =
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
  return [face('thai', 400, thai), face('thai', 700, thai), face('latin', 400, latin), face('latin', 700, latin)].join('');
}

/** The card: the handbook's name, the page's title as large as fits in three lines, its summary. */
function template(host: string): string {
  const { width, height } = SHARE_IMAGE_SIZE;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${sarabunFaces()}
html,body{margin:0}
body{width:${width}px;height:${height}px;display:flex;font-family:Sarabun,sans-serif;background:#fff;color:#1b2430;overflow:hidden}
.bar{width:28px;background:#0b5a7a}
.main{flex:1;display:flex;flex-direction:column;padding:56px 72px 48px 64px;min-width:0}
.site{font-size:30px;font-weight:700;color:#083f56;line-height:1.5}
.title{font-weight:700;line-height:1.4;margin-top:24px;overflow:hidden;word-break:normal;overflow-wrap:anywhere}
.desc{font-size:30px;line-height:1.6;color:#4a5568;margin-top:auto;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.host{font-size:24px;color:#4a5568;margin-top:16px}
</style></head><body><div class="bar"></div><div class="main"><div class="site"></div><div class="title"></div><div class="desc"></div><div class="host">${host}</div></div></body></html>`;
}

export async function writeShareImages(outDir: string, base: string, site: string): Promise<{ images: number; kilobytes: number }> {
  const cards: Array<{ card: ShareCard; file: string }> = [];
  const prefix = new URL(base, site).href;
  for (const page of walk(outDir).filter((f) => f.endsWith('.html'))) {
    const card = readShareCard(readFileSync(page, 'utf8'), decodeEntities);
    if (!card) continue;
    if (!card.image.startsWith(prefix)) throw new Error(`${page}: its preview image ${card.image} is not under ${prefix}.`);
    cards.push({ card, file: join(outDir, decodeURIComponent(card.image.slice(prefix.length))) });
  }
  if (cards.length === 0) return { images: 0, kilobytes: 0 };

  const { executablePath, args } = await resolveBrowser('build');
  const browser = await chromium.launch({ executablePath, args });
  let bytes = 0;
  try {
    const page = await browser.newPage({ viewport: { ...SHARE_IMAGE_SIZE }, deviceScaleFactor: 1 });
    await page.setContent(template(new URL(site).host));
    for (const { card, file } of cards) {
      await page.evaluate(async (c) => {
        document.documentElement.lang = c.lang;
        document.querySelector('.site')!.textContent = c.siteName;
        document.querySelector('.desc')!.textContent = c.description;
        const title = document.querySelector<HTMLElement>('.title')!;
        const desc = document.querySelector<HTMLElement>('.desc')!;
        title.textContent = c.title;
        await document.fonts.ready;
        // The largest size at which the title fits in three lines and leaves room for the summary
        // (long Thai titles get smaller).
        for (let size = 76; size >= 36; size -= 4) {
          title.style.fontSize = `${size}px`;
          const gap = desc.getBoundingClientRect().top - title.getBoundingClientRect().bottom;
          if (title.scrollHeight <= size * 1.4 * 3 + 2 && gap >= 28) break;
        }
      }, card);
      const png = await page.screenshot({ type: 'png' });
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
      bytes += statSync(file).size;
    }
  } finally {
    await browser.close();
  }
  return { images: cards.length, kilobytes: Math.round(bytes / 1024) };
}
