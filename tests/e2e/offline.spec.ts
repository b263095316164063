import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeProblems } from './helpers/site.ts';
import { askToSave, savePack } from './helpers/offline.ts';
import { RETRY_DELAYS } from '../../src/lib/offline-pack.ts';

/**
 * From the home page, keeps the Thai pages while one of them (the complaint draft) fails to come;
 * waits until the pack stops short. The page waits between rounds of retries (RETRY_DELAYS, 17 s in
 * all); the test lets that time pass at once by moving the page's clock on while the download runs.
 * Returns the panel and how many times the failing page was asked for.
 */
async function saveWithFailingPage(page: Page): Promise<{ pack: Locator; tries: () => number }> {
  let tries = 0;
  await page.clock.install();
  await page.route('**/forms/complaint-draft/', (route) => {
    tries += 1;
    return route.fulfill({ status: 503, body: 'busy' });
  });
  await page.goto('/');
  const pack = await askToSave(page);
  await expect(async () => {
    await page.clock.fastForward(Math.max(...RETRY_DELAYS));
    await expect(pack).toHaveAttribute('data-state', 'incomplete', { timeout: 250 });
  }).toPass({ intervals: [250], timeout: 120_000 });
  return { pack, tries: () => tries };
}

test.describe('offline', () => {
  test('asks first with the size, keeps every page and the search, then works without signal @phone', async ({ page, context }) => {
    test.setTimeout(180_000);
    await page.goto('/en/');
    const pack = page.locator('.offline-pack');
    // Nothing is downloaded before the reader says yes, and the question says how much it is.
    await expect(pack).toHaveAttribute('data-state', 'ask', { timeout: 30_000 });
    await expect(pack).toBeVisible();
    await expect(pack.locator('.offline-pack-state')).toContainText(/About \d+(\.\d)? MB/);
    await expect(pack.locator('.offline-save')).toContainText(/MB/);
    expect(await axeProblems(page)).toEqual([]);
    await savePack(page);
    await expect(pack.locator('.offline-pack-state')).toContainText(
      /All English pages are ready to use offline on this device \(\d+ files\)/,
    );

    await context.setOffline(true);
    await page.goto('/en/modules/field-inspection/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The offline state is on the screen, not only for screen readers.
    await expect(page.locator('.offline-banner')).toBeVisible();
    await expect(page.locator('.offline-banner')).toHaveText(/You are offline/);
    expect(await axeProblems(page)).toEqual([]);
    await page.goto('/en/sessions/team-zone-action-planning/');
    await expect(page.locator('table.agenda')).toBeVisible();
    await page.goto('/en/search/?q=signboard');
    await expect(page.locator('hb-search')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    await expect(page.locator('ol#search-results > li').first()).toBeVisible();
    await expect(page.locator('ol#search-results > li mark').first()).toHaveText(/signboard/i);
    await context.setOffline(false);
  });

  test('a failed file is tried again, and "ready" comes only when every file is stored', async ({ page }) => {
    test.setTimeout(180_000);
    // One page of the pack fails twice, another fails until the reader tries again.
    let flaky = 0;
    await page.route('**/forms/team-daily-log/', (route) =>
      ++flaky <= 2 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
    );
    const { pack, tries } = await saveWithFailingPage(page);
    // The first try and one more after each wait, then the pack stops short.
    expect(tries()).toBe(RETRY_DELAYS.length + 1);
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'incomplete');
    await expect(pack.locator('.offline-pack-state')).toContainText(/ยังขาด 1 ไฟล์/);
    expect(flaky).toBeGreaterThanOrEqual(3);
    // Trying again fetches only what is missing.
    await page.unroute('**/forms/complaint-draft/');
    await pack.locator('.offline-again').click();
    await expect(pack).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready');
    await expect(pack.locator('.offline-pack-state')).toContainText('พร้อมใช้แบบออฟไลน์');
  });

  test('a visit after an unfinished download carries on by itself', async ({ page }) => {
    test.setTimeout(180_000);
    const { pack } = await saveWithFailingPage(page);
    await page.unroute('**/forms/complaint-draft/');
    await page.goto('/glossary/');
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 60_000 });
    await expect(pack).toHaveAttribute('data-state', 'ready');
  });

  test('without signal: the offline page in the reader’s language, and the language switch says what is missing', async ({
    page,
    context,
  }) => {
    // The headless shell in @sparticuz/chromium keeps the service worker's page requests online
    // under Playwright's offline switch, so "what is not stored" cannot be shown there.
    test.skip(
      process.env['HANDBOOK_BROWSER_SOURCE'] === '@sparticuz/chromium',
      "This browser's offline switch does not reach the service worker.",
    );
    test.setTimeout(180_000);
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('/');
    await savePack(page);
    await context.setOffline(true);
    await page.goto('/modules/');
    await expect(page.locator('.offline-banner')).toBeVisible();
    // The English pages were not saved: the switch says so, and following it gives the Thai offline page.
    const note = page.locator('.offline-lang-missing');
    await expect(note).toBeVisible();
    await expect(note).toHaveText('ยังไม่ได้บันทึกไว้ในเครื่อง');
    await expect(page.locator('a.lang-switch')).toHaveAttribute('aria-describedby', 'offline-lang-missing');
    await page.locator('a.lang-switch').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('หน้านี้ยังไม่ได้บันทึกไว้ในเครื่องนี้');
    await expect(page.locator('.offline-reason[data-reason="other"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    // Print editions, PDFs and mistyped addresses.
    for (const [path, reason] of [
      ['/book/participant/', 'book'],
      ['/downloads/handbook-th.pdf', 'pdf'],
      ['/modules/no-such-page/', 'unknown'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('หน้านี้ยังไม่ได้บันทึกไว้ในเครื่องนี้');
      await expect(page.locator(`.offline-reason[data-reason="${reason}"]`)).toBeVisible();
    }
    // An English reader gets the English offline page.
    await page.goto('/en/no-such-page/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not saved on this device');
    // A visit while offline fetches nothing that fails: no errors in the console.
    await page.goto('/');
    await expect(page.locator('.offline-pack')).toHaveAttribute('data-state', 'ready');
    expect(errors).toEqual([]);
    await context.setOffline(false);
  });

  test('a reader saving data is not asked with a card, and nothing downloads by itself', async ({ page }) => {
    await page.addInitScript(() => {
      // What Chrome reports when the reader turned on data saving (Lite mode).
      Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true, addEventListener: () => undefined } });
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/');
    const pack = page.locator('.offline-pack');
    await expect(pack).toHaveAttribute('data-state', 'offer', { timeout: 30_000 });
    await expect(pack.locator('.offline-pack-state')).toContainText('ประหยัดอินเทอร์เน็ต');
    await expect(pack.locator('.offline-later')).toBeHidden();
    await page.waitForTimeout(1500);
    expect(requests.filter((p) => p.startsWith('/modules/') || p.includes('/pagefind/'))).toEqual([]);
  });

  test('the site is installable: a manifest with the Thai name and icons', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.lang).toBe('th');
    expect(manifest.short_name).toContain('ขอนแก่น');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
  });
});
