/**
 * npm run make:icons — renders public/favicon.svg into the PNG app icons the web app manifest
 * needs (public/icons/icon-192.png, icon-512.png, maskable-512.png). Run it after changing the
 * favicon; the PNGs are committed so the build does not need a browser.
 */
import { readFileSync } from 'node:fs';
import { launchBrowser } from './lib/browser-session.ts';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await launchBrowser();
for (const [name, size, padding] of [
  ['icon-192', 192, 0],
  ['icon-512', 512, 0],
  ['maskable-512', 512, 0.12],
] as const) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = Math.round(size * (1 - 2 * padding));
  await page.setContent(
    `<body style="margin:0;background:#0b5a7a;display:grid;place-items:center;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: `public/icons/${name}.png` });
  await page.close();
}
await browser.close();
console.log('Wrote public/icons/icon-192.png, icon-512.png, maskable-512.png');
