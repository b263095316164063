/**
 * Runs searches through the real search page in a browser page. Used by the bench and the e2e test.
 * - runQuery: one query, for what it returns.
 * - coldSearch: a reader on a cheap phone on a rural connection (network and CPU throttled through
 *   the Chrome DevTools Protocol), with nothing cached: the home page first, then /search/?q=…;
 *   the time from opening the search page to the search being complete (the page's
 *   "hb-search-done" mark: results listed and the first screen's excerpts shown), and then the
 *   time of a second search typed into the same page.
 */
import type { Browser, Page } from 'playwright-core';
import { resultPath, type Query } from './search-eval.ts';

/** 1.6 Mbit/s down, 0.75 Mbit/s up, 150 ms latency, CPU 4× slower: what the issue measures with. */
export const CHEAP_PHONE = { downloadBytesPerSecond: 200_000, uploadBytesPerSecond: 96_000, latencyMs: 150, cpuSlowdown: 4 };

export async function runQuery(
  page: Page,
  baseUrl: string,
  base: string,
  query: Pick<Query, 'lang' | 'q'>,
): Promise<{ returned: string[]; ms: number }> {
  const prefix = query.lang === 'en' ? 'en/' : '';
  await page.goto(`${baseUrl}${base}${prefix}search/?q=${encodeURIComponent(query.q)}`);
  await page.locator('hb-search[data-state="done"]').waitFor({ timeout: 30_000 });
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const ms = Number(await page.locator('hb-search').getAttribute('data-ms'));
  return { returned: hrefs.map((h) => resultPath(h, base)).sort(), ms };
}

export interface Timed {
  q: string;
  /** From opening /search/?q= to the search being complete (results and the first screen's excerpts). */
  coldMs: number;
  /** From opening /search/?q= to the results being listed (before the excerpts). */
  listedMs: number;
  /** A second query typed into the open search page, from submitting to complete, and to its results listed. */
  secondMs: number;
  secondListedMs: number;
  results: number;
  /** Bytes the search page and its search downloaded (compressed, as sent). */
  bytes: number;
  requests: number;
}

export async function coldSearch(browser: Browser, siteUrl: string, q: string, second: string, lang: 'th' | 'en' = 'th'): Promise<Timed> {
  // A new context: empty cache. Service workers are blocked: DevTools' throttling does not reach
  // a worker's own requests, and on a first visit none is installed yet anyway.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: CHEAP_PHONE.latencyMs,
      downloadThroughput: CHEAP_PHONE.downloadBytesPerSecond,
      uploadThroughput: CHEAP_PHONE.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CHEAP_PHONE.cpuSlowdown });
    const home = `${siteUrl}${lang === 'en' ? 'en/' : ''}`;
    await page.goto(home, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    let requests = 0;
    const sizes: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(
        request.sizes().then((s) => {
          requests += 1;
          bytes += Math.max(0, s.responseBodySize) + Math.max(0, s.responseHeadersSize);
        }),
      );
    });
    await page.goto(`${home}search/?q=${encodeURIComponent(q)}`);
    await page.locator('hb-search[data-state="done"]').waitFor({ timeout: 60_000 });
    const [coldMs, listedMs] = await page.evaluate(() =>
      ['hb-search-done', 'hb-search-results'].map((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN),
    );
    const results = await page.locator('#search-results > li').count();
    await Promise.all(sizes);
    const measured = { bytes, requests };
    // The second search: typed into the same page.
    await page.locator('#search-page-input').fill(second);
    const before = await page.evaluate(() => performance.getEntriesByName('hb-search-done').length);
    await page.locator('#search-page-input').press('Enter');
    await page.waitForFunction((n) => performance.getEntriesByName('hb-search-done').length > n, before, { timeout: 60_000 });
    const secondMs = Number(await page.locator('hb-search').getAttribute('data-ms'));
    const secondListedMs = Number(await page.locator('hb-search').getAttribute('data-listed-ms'));
    return {
      q,
      coldMs: Math.round(coldMs ?? Number.NaN),
      listedMs: Math.round(listedMs ?? Number.NaN),
      secondMs,
      secondListedMs,
      results,
      ...measured,
    };
  } finally {
    await context.close();
  }
}
