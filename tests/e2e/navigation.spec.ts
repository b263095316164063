import { expect, test } from '@playwright/test';

test.describe('reading and navigation', () => {
  test('Thai home at / and English under /en/, with the right lang', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('คู่มือ');
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Handbook');
  });

  test('modules list leads to a module with objectives, sources and previous/next @phone', async ({ page }) => {
    await page.goto('/modules/');
    const first = page.locator('ol.module-list a').first();
    const title = (await first.textContent())?.trim() ?? '';
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { name: 'วัตถุประสงค์การเรียนรู้' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'แหล่งที่มา' })).toBeVisible();
    await expect(page.locator('.sources li a[href^="http"]').first()).toBeVisible();
    const breadcrumbs = page.getByRole('navigation', { name: 'ตำแหน่งของหน้านี้' });
    await expect(breadcrumbs.getByRole('link', { name: 'ชุดสาระความรู้' })).toBeVisible();
    const next = page.locator('a[rel="next"]');
    await expect(next).toBeVisible();
    await next.click();
    await expect(page.locator('a[rel="prev"]')).toBeVisible();
  });

  test('sessions are grouped by day and a session shows an agenda that adds up', async ({ page }) => {
    await page.goto('/en/sessions/');
    await expect(page.getByRole('heading', { name: 'Day 1', level: 2 })).toBeVisible();
    await page.locator('main h3 a').first().click();
    const rows = page.locator('table.agenda tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    const minutes = await rows.locator('td:nth-child(2)').allTextContents();
    const total = await page.locator('table.agenda tfoot td').first().textContent();
    expect(minutes.reduce((sum, m) => sum + Number(m), 0)).toBe(Number(total));
    // The first activity starts when the session starts, as shown under the title ("08:30–10:00").
    const meta = await page.locator('article header').textContent();
    const start = /(\d\d:\d\d)–/.exec(meta ?? '')?.[1];
    expect(start).toMatch(/^\d\d:\d\d$/);
    await expect(page.locator('table.agenda tbody tr').first().locator('td').first()).toHaveText(start ?? '');
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/en/modules/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('the search box on every page opens the search page with the query', async ({ page }) => {
    await page.goto('/en/glossary/');
    await page.keyboard.press('/');
    await expect(page.locator('#site-search')).toBeFocused();
    await page.keyboard.type('NACC');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=NACC/);
    await expect(page.locator('#search-page-input')).toHaveValue('NACC');
  });

  test('an unknown address gives the 404 page in both languages', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ไม่พบหน้าที่ต้องการ');
    await expect(page.getByText('Page not found')).toBeVisible();
    await page.goto('/en/404/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
