/**
 * npm run screenshots -- [path …] — photographs pages of the built site (dist/, served on
 * loopback) at phone and desktop width,
 * and in print preview, into screenshots/. For looking at what we build.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser, serveBuilt } from './lib/browser-session.ts';

// The built site, served on a free loopback port for the photographs.
const server = await serveBuilt();
const base = server.origin;
const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = paths.length > 0 ? paths : ['/', '/en/', '/modules/', '/about/'];
mkdirSync('screenshots', { recursive: true });

const browser = await launchBrowser();
for (const path of targets) {
  const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
  for (const [label, width, height] of [
    ['phone', 390, 844],
    ['desktop', 1280, 900],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: process.argv.includes('--full') });
    if (label === 'desktop' && process.argv.includes('--print')) {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `screenshots/${name}-print.png`, fullPage: true });
    }
    await page.close();
  }
  console.log(`screenshots/${name}-*.png`);
}
await browser.close();
await server.close();
