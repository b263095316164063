/** The glossary page (issue 14): a ก–ฮ / A–Z index that stays at hand, and a filter. */
import { expect, test } from '@playwright/test';

test.describe('glossary index', () => {
  test('lists every letter that has terms, in order, and jumps to it under the sticky index @phone', async ({ page }) => {
    await page.goto('/glossary/');
    const index = page.getByRole('navigation', { name: 'ดัชนีคำศัพท์ตามตัวอักษร' });
    const letters = await index.getByRole('link').allTextContents();
    const headings = await page.locator('.glossary-group h2').allTextContents();
    expect(letters).toEqual(headings);
    expect(letters.slice(0, 3)).toContain('ก');
    // Thai letters in dictionary order (เงิน under ง, after ค).
    const thai = letters.filter((l) => /[ก-ฮ]/.test(l));
    expect(thai).toEqual([...thai].sort((a, b) => a.localeCompare(b, 'th')));
    const last = letters.at(-1)!;
    await index.getByRole('link', { name: last, exact: true }).click();
    const heading = page.locator('.glossary-group h2', { hasText: last });
    await expect(heading).toBeInViewport();
    await expect(index).toBeInViewport();
    const indexBox = (await index.boundingBox())!;
    await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual(indexBox.y + indexBox.height - 1);
  });

  test('English has A–Z, and every term is filed under its letter', async ({ page }) => {
    await page.goto('/en/glossary/');
    for (const group of await page.locator('.glossary-group').all()) {
      const letter = (await group.locator('h2').textContent())!.trim();
      for (const dt of await group.locator('dt').allTextContents()) {
        expect(
          dt
            .trim()
            .replace(/^[“"']/, '')
            .charAt(0)
            .toUpperCase(),
        ).toBe(letter);
      }
    }
  });

  test('a term linked from a chapter is shown under the index, highlighted', async ({ page }) => {
    await page.goto('/glossary/#conflict-of-interest');
    const entry = page.locator('#conflict-of-interest');
    await expect(entry).toBeInViewport();
    const indexBox = (await page.locator('.glossary-index').boundingBox())!;
    expect((await entry.boundingBox())!.y).toBeGreaterThanOrEqual(indexBox.y + indexBox.height - 1);
  });
});

test.describe('glossary filter', () => {
  test('keeps the terms whose names match, says how many, and hides empty letters @phone', async ({ page }) => {
    await page.goto('/glossary/');
    const filter = page.getByRole('searchbox', { name: 'กรองคำศัพท์' });
    await filter.fill('สินบน');
    const shown = page.locator('.glossary-entry:visible');
    await expect(shown).not.toHaveCount(0);
    for (const dt of await shown.locator('dt').allTextContents()) expect(dt).toContain('สินบน');
    const n = await shown.count();
    await expect(page.getByRole('status').filter({ hasText: 'แสดง' })).toHaveText(`แสดง ${n} จาก 63 คำ`);
    await expect(page.locator('.glossary-group:visible h2')).toHaveCount(await page.locator('.glossary-index li:visible').count());
    await filter.fill('');
    await expect(page.locator('.glossary-entry:visible')).toHaveCount(63);
  });

  test('matches English names on the Thai page, in any case', async ({ page }) => {
    await page.goto('/glossary/');
    await page.getByRole('searchbox', { name: 'กรองคำศัพท์' }).fill('BRIBERY');
    await expect(page.locator('.glossary-entry:visible dt')).toContainText(['สินบน']);
  });

  test('looks in the definitions when no name matches, and says so', async ({ page }) => {
    await page.goto('/en/glossary/');
    await page.getByRole('searchbox', { name: 'Filter the terms' }).fill('Ministry of Interior');
    await expect(page.locator('.glossary-filter-count')).toContainText('No term is called “Ministry of Interior”');
    await expect(page.locator('.glossary-entry:visible')).toContainText(['Damrongtham Centre']);
  });

  test('offers a search of the whole handbook when nothing matches', async ({ page }) => {
    await page.goto('/glossary/');
    await page.getByRole('searchbox', { name: 'กรองคำศัพท์' }).fill('คอมพิวเตอร์');
    await expect(page.locator('.glossary-entry:visible')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'ไม่พบคำที่ตรงกับ' })).toBeVisible();
    await page.getByRole('link', { name: 'ค้นหา “คอมพิวเตอร์” ในทั้งคู่มือ' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=%E0%B8%84/);
  });

  test('is hidden without JavaScript, where the index still works', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/glossary/');
    await expect(page.locator('#glossary-filter')).toBeHidden();
    await page.locator('.glossary-index a').nth(3).click();
    await expect(page).toHaveURL(/#letter-/);
    await context.close();
  });
});
