import { expect, test } from '@playwright/test';

test.describe('print', () => {
  test('a module prints without navigation or buttons, with link targets shown', async ({ page }) => {
    await page.goto('/modules/reporting-and-protection/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'เมนูหลัก' })).toBeHidden();
    await expect(page.locator('#site-search')).toBeHidden();
    await expect(page.locator('.quiz-check').first()).toBeHidden();
    await expect(page.locator('.trainer-note').first()).toBeHidden();
    const after = await page
      .locator('.sources a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  });

  test('each session page links its participant handout and its trainer pack as PDFs', async ({ page, request }) => {
    await page.goto('/en/sessions/media-communication/');
    for (const [name, file] of [
      ['Participant handout (PDF)', '/downloads/en/session-media-communication-handout.pdf'],
      ['Trainer pack (PDF)', '/downloads/en/session-media-communication-trainer.pdf'],
    ] as const) {
      const target = (await page.getByRole('link', { name }).getAttribute('href')) ?? '';
      expect(target).toBe(file);
      const response = await request.get(target);
      expect(response.ok()).toBe(true);
      expect(response.headers()['content-type']).toContain('pdf');
    }
  });

  test('the downloads page lists every PDF with its pages and size, from the list the build publishes', async ({ page, request }) => {
    const index = (await (await request.get('/downloads/index.json')).json()) as {
      files: Array<{ file: string; pages: number; bytes: number }>;
    };
    // Per language: 2 manuals, 2 files per session (9), 1 per form (6).
    expect(index.files.length).toBe(2 * (2 + 2 * 9 + 6));
    await page.goto('/downloads/');
    const facts = page.locator('.download-facts');
    await expect(facts.first()).toHaveText(/^\d+ หน้า · \d+(\.\d)? (KB|MB)$/);
    const texts = await facts.allTextContents();
    expect(texts.length).toBe(2 + 2 * 9 + 6);
    for (const text of texts) expect(text).toMatch(/^\d+ หน้า · \d+(\.\d)? (KB|MB)$/);
    // One dot between the facts and the link to the print version, none after a form's facts.
    const lines = await page.locator('hb-downloads li').evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText));
    for (const line of lines) expect(line, line).not.toMatch(/·\s*·|·\s*$/);
  });
});
