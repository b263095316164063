/**
 * With a public address, every page names a preview image for sharing apps, and the build draws
 * it: a 1200 × 630 PNG where og:image points. Built from the fixture tree with SITE_URL set.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite } from './fixture-site.ts';

const SITE = 'https://handbook.nacc-khonkaen.go.th/';
let out = '';
let log = '';
beforeAll(() => {
  ({ out, log } = buildFixtureSite('hb-share-', { SITE_URL: SITE }));
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, 'dist', path, 'index.html'), 'utf8');
const meta = (html: string, property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (file: string) => {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
};

describe('share previews with a public address', () => {
  it('name an absolute preview image, address and size on every page', () => {
    for (const path of ['', 'en', 'modules/sample-module', 'en/modules/sample-module', 'glossary']) {
      const html = page(path);
      const image = meta(html, 'og:image');
      expect(image).toBe(`${SITE}og/${path ? `${path}/` : ''}card.png`);
      expect(meta(html, 'og:url')).toBe(`${SITE}${path ? `${path}/` : ''}`);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:alt')).toBeTruthy();
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
      expect(html).toContain(`<meta name="twitter:image" content="${image}">`);
    }
  });
  it('are drawn at build time, one per page, 1200 × 630', () => {
    expect(log).toMatch(/share previews: \d+ images/);
    const thai = join(out, 'dist', 'og', 'modules', 'sample-module', 'card.png');
    const english = join(out, 'dist', 'og', 'en', 'modules', 'sample-module', 'card.png');
    expect(pngSize(thai)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(english)).toEqual({ width: 1200, height: 630 });
    // Different titles, different pictures.
    expect(readFileSync(thai).equals(readFileSync(english))).toBe(false);
    expect(existsSync(join(out, 'dist', 'og', 'card.png'))).toBe(true);
  });
  it('are left out of the offline pack', () => {
    const list = readFileSync(join(out, 'dist', 'offline-th.json'), 'utf8');
    expect(list).not.toContain('/og/');
    expect(readFileSync(join(out, 'dist', 'sw.js'), 'utf8')).not.toContain('card.png');
  });
});
