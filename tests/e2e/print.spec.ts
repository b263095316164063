import { expect, test } from '@playwright/test';

test.describe('print', () => {
  test('a module prints without navigation or buttons, with link targets shown', async ({ page }) => {
    await page.goto('/modules/reporting-and-protection/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeHidden();
    await expect(page.locator('#site-search')).toBeHidden();
    await expect(page.locator('.quiz-check').first()).toBeHidden();
    await expect(page.locator('.trainer-note').first()).toBeHidden();
    const after = await page.locator('.sources a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  });

  test('each session page links its own PDF pack and print pack', async ({ page, request }) => {
    await page.goto('/en/sessions/media-communication/');
    const pdf = page.getByRole('link', { name: 'This session’s pack (PDF)' });
    const target = (await pdf.getAttribute('href')) ?? '';
    expect(target).toBe('/downloads/en/session-media-communication.pdf');
    const response = await request.get(target);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('pdf');
    await page.getByRole('link', { name: 'Print this session’s pack' }).click();
    await expect(page.locator('.worksheet').first()).toBeAttached();
  });

  test('the downloads page lists every PDF with its size', async ({ page }) => {
    await page.goto('/downloads/');
    const sizes = await page.locator('[data-pdf-size]').allTextContents();
    expect(sizes.length).toBeGreaterThanOrEqual(11);
    for (const size of sizes) expect(size).toMatch(/^\d+(\.\d)? (KB|MB)$/);
  });
});
