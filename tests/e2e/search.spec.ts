import { expect, test } from '@playwright/test';
import { loadQueries, metrics, type Outcome } from '../../scripts/lib/search-eval.ts';
import { runQuery } from '../../scripts/lib/search-run.ts';

test.describe('search', () => {
  test('a Thai word from the middle of a sentence finds its page, highlighted', async ({ page }) => {
    // สอดส่อง appears inside sentences (e.g. "เป็นหูเป็นตาสอดส่อง…"), never as a heading.
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto('/search/?q=สอดส่อง');
    const results = page.locator('ol#search-results > li');
    await expect(results.first()).toBeVisible();
    await expect(results.first().locator('mark')).toHaveText('สอดส่อง');
    for (const text of await results.allTextContents()) expect(text).toContain('สอดส่อง');
    await expect(page.locator('#search-status')).toContainText('พบ');
    // Search runs Pagefind's WebAssembly under the strict Content-Security-Policy.
    expect(cspViolations).toEqual([]);
  });

  test('a word that is on no page gives no results and a helpful message', async ({ page }) => {
    await page.goto('/search/?q=ไดโนเสาร์');
    await expect(page.locator('hb-search')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('ol#search-results > li')).toHaveCount(0);
    await expect(page.locator('#search-status')).toContainText('ไม่พบคำว่า “ไดโนเสาร์”');
  });

  test('English works from English pages, and the box in the header opens the search', async ({ page }) => {
    await page.goto('/en/modules/');
    await page.locator('#site-search').fill('whistleblower');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=whistleblower/);
    const first = page.locator('ol#search-results > li').first();
    await expect(first.locator('mark')).toHaveText(/whistleblower/i);
    await first.locator('a').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a spelling variant finds the official spelling, and filters narrow the results', async ({ page }) => {
    await page.goto('/search/?q=คอรัปชั่น');
    await expect(page.locator('#search-also')).toContainText('คอร์รัปชัน');
    const all = await page.locator('ol#search-results > li').count();
    expect(all).toBeGreaterThan(0);
    await page.getByLabel('ชุดสาระความรู้', { exact: true }).check();
    await expect(page).toHaveURL(/kind=modules/);
    await expect(page.locator('hb-search')).toHaveAttribute('data-state', 'done');
    const hrefs = await page.locator('ol#search-results a').evaluateAll((a) => a.map((x) => x.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.length).toBeLessThanOrEqual(all);
    for (const href of hrefs) expect(href).toMatch(/\/modules\//);
  });

  test('the committed query set: precision 1.00 and recall at least 0.95', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const outcomes: Outcome[] = [];
    for (const query of loadQueries()) outcomes.push(await runQuery(page, baseURL ?? '', '/', query));
    const m = metrics(outcomes);
    expect(m.falsePositives).toEqual([]);
    expect(m.precision).toBe(1);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
  });
});
