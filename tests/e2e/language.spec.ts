import { expect, test } from '@playwright/test';

const pages = ['/', '/modules/', '/sessions/', '/glossary/', '/about/', '/downloads/', '/search/', '/forms/'];

test.describe('language switch', () => {
  for (const path of pages) {
    test(`leads from ${path} to the same page in English and back`, async ({ page }) => {
      await page.goto(path);
      await page.locator('a.lang-switch').click();
      await expect(page).toHaveURL(new RegExp(`/en${path.replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.locator('a.lang-switch').click();
      await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'th');
    });
  }

  test('keeps the reader on the same module', async ({ page }) => {
    await page.goto('/modules/');
    const href = await page.locator('ol.module-list a').first().getAttribute('href');
    await page.goto(href ?? '/');
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(new RegExp(`/en${href}$`));
  });
});
