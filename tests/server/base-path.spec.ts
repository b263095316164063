/**
 * The handbook under a folder (/handbook/), served by nginx with the generated settings
 * (npm run test:server starts it; baseURL is the folder). Paths here are relative to the folder.
 */
import { expect, test, type Page } from '@playwright/test';
import { savePack } from '../e2e/helpers/offline.ts';

/** Collects the browser's Content-Security-Policy complaints: the header and the <meta> must agree. */
function policyViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
  });
  return seen;
}

test('the service worker controls the folder only, and a page never visited opens offline', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  await page.goto('en/');
  await savePack(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope).toBe(baseURL);

  await context.setOffline(true);
  await page.goto('en/modules/field-inspection/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('en/search/?q=signboard');
  await expect(page.locator('hb-search')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(page.locator('ol#search-results > li').first()).toBeVisible();
  await context.setOffline(false);
});

test('pages of every kind load under the header policy without a violation', async ({ page }) => {
  const violations = policyViolations(page);
  for (const path of [
    '',
    'modules/field-inspection/',
    'sessions/team-zone-action-planning/',
    'present/opening-orientation/',
    'glossary/',
    'en/forms/',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  await page.goto('search/?q=สอดส่อง');
  await expect(page.locator('ol#search-results > li').first()).toBeVisible();
  // The styles Astro inlined are applied: the header did not block them.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Sarabun/);
  expect(violations).toEqual([]);
});

test("a missing page shows the site's own 404 page in the reader's language, with a way back", async ({ page, baseURL }) => {
  const violations = policyViolations(page);
  const thai = await page.goto('no-such-page/');
  expect(thai?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'th');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ไม่พบหน้าที่ต้องการ');

  const english = await page.goto('en/modules/no-such-module/');
  expect(english?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'Home' }).first().click();
  await expect(page).toHaveURL(`${baseURL}en/`);
  expect(violations).toEqual([]);
});
