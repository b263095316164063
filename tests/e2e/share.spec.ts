/**
 * Sharing a page (issue 14): the share button hands the page to the phone's share sheet (LINE …),
 * or copies its address, or shows it to copy by hand; the page's tags give apps its title and text.
 * The preview images need a public address: tests/build/share-images.test.ts builds with one.
 */
import { expect, test } from '@playwright/test';

const MODULE = '/modules/what-is-corruption/';

test('the share button opens the share sheet with the page title and address @phone', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  await page.goto(`${MODULE}#objectives`);
  await page.getByRole('button', { name: 'แชร์' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared.title).toBe(await page.locator('h1').textContent());
  // No public address in this build: the address the reader has open, without the #part.
  expect(shared.url).toBe(new URL(MODULE, page.url()).href);
  await expect(page.locator('.share-status')).toHaveText('');
});

test('closing the share sheet says nothing and copies nothing', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Share canceled', 'AbortError')),
    });
  });
  await page.goto('/en/sessions/field-inspection-practice/');
  await page.getByRole('button', { name: 'Share' }).click();
  await page.waitForTimeout(300);
  await expect(page.locator('.share-status')).toHaveText('');
});

test('without a share sheet the address is copied, and the reader is told', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript(() => Object.defineProperty(navigator, 'share', { configurable: true, value: undefined }));
  await page.goto(MODULE);
  await page.getByRole('button', { name: 'แชร์' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'คัดลอกลิงก์แล้ว' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(MODULE, page.url()).href);
});

test('where copying is refused, the address is shown to copy by hand', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await page.goto('/en/modules/what-is-corruption/');
  await page.getByRole('button', { name: 'Share' }).click();
  const status = page.locator('.share-status');
  await expect(status).toContainText('could not be copied');
  await expect(status.getByRole('link')).toHaveAttribute('href', new URL('/en/modules/what-is-corruption/', page.url()).href);
});

test('the share button is hidden without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(MODULE);
  await expect(page.getByRole('button', { name: 'แชร์' })).toBeHidden();
  await context.close();
});

test('pages tell sharing apps their title, summary and language; no preview image without a public address', async ({ page }) => {
  await page.goto(MODULE);
  const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
  expect(await meta('property="og:title"')).toBe(await page.locator('h1').textContent());
  // The page binds ๆ and numbers to their word with no-break spaces; the preview text need not.
  const plain = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim();
  expect(plain(await meta('property="og:description"'))).toBe(plain(await page.locator('.chapter-summary').textContent()));
  expect(await meta('property="og:type"')).toBe('article');
  expect(await meta('property="og:locale"')).toBe('th_TH');
  expect(await meta('name="twitter:card"')).toBe('summary');
  await expect(page.locator('head meta[property="og:image"]')).toHaveCount(0);
  await expect(page.locator('head meta[property="og:url"]')).toHaveCount(0);
  await page.goto('/en/');
  // The home page is shared under the handbook's full name.
  expect(await meta('property="og:title"')).toBe(await page.title());
  expect(await meta('property="og:locale"')).toBe('en_US');
  expect(await meta('property="og:type"')).toBe('website');
});
