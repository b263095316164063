import { expect, test } from '@playwright/test';
import { oracleGroups, oraclePages } from '../search/oracle.ts';
import { expectedPages, loadQueries, metrics, staleLabels, type Outcome } from '../../scripts/lib/search-eval.ts';
import { runQuery } from '../../scripts/lib/search-run.ts';

/** Thai vowel and tone marks that cannot start a piece of text. */
const STRAY_MARK = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;

test.describe('search', () => {
  test('a Thai word from the middle of a sentence finds its page, highlighted, under the strict CSP', async ({ page }) => {
    // สอดส่อง appears inside sentences (e.g. "เป็นหูเป็นตาสอดส่อง…"), never as a heading.
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto('/search/?q=สอดส่อง');
    const results = page.locator('ol#search-results > li');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('hb-search')).toHaveAttribute('data-state', 'done');
    await expect(results.first().locator('mark')).toHaveText('สอดส่อง');
    // Excerpts further down arrive as they scroll into view.
    for (const result of await results.all()) {
      await result.scrollIntoViewIfNeeded();
      await expect(result.locator('mark')).toHaveText('สอดส่อง');
    }
    await expect(page.locator('#search-status')).toContainText('พบ');
    expect(cspViolations).toEqual([]);
  });

  test('excerpts begin and end on whole words, and show reading text only @phone', async ({ page }) => {
    for (const q of ['ทุจริต', 'งบประมาณ', 'ร้องเรียน', 'แจ้งเบาะแส']) {
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      await expect(page.locator('hb-search')).toHaveAttribute('data-state', 'done');
      const excerpts = await page.locator('.search-excerpt').evaluateAll((ps) => ps.map((p) => p.textContent ?? '').filter(Boolean));
      expect(excerpts.length).toBeGreaterThan(3);
      for (const text of excerpts) {
        const inner = text.replace(/^…/u, '').replace(/…$/u, '');
        expect(inner, text).not.toMatch(STRAY_MARK);
        expect(text, text).not.toMatch(/https?:\/\/|www\./u);
        expect(text, text).not.toMatch(/อ่านประมาณ \d+ นาที|\(PDF\)|พิมพ์ชุดเอกสาร|นำเสนอช่วงนี้เป็นสไลด์|แหล่งที่มา \[\d+\]/u);
      }
    }
    // Nothing on the results page is wider than the screen.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
  });

  test('an empty search gets guidance, and a 300-character query does not stretch the page @phone', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('heading', { name: 'ค้นหาอย่างไร' })).toBeVisible();
    await page.locator('#search-page-input').press('Enter');
    await expect(page.locator('#search-status')).toHaveText('พิมพ์คำที่ต้องการค้นหาในช่องด้านบน แล้วกดปุ่มค้นหา');
    await expect(page.locator('.search-guide')).toBeVisible();
    await page.locator('.search-guide a', { hasText: 'ป้ายโครงการ' }).click();
    await expect(page.locator('ol#search-results > li').first()).toBeVisible();
    await expect(page.locator('.search-guide')).toBeHidden();
    const long = 'ทุจริตคอร์รัปชันgovernmentprocurement'.repeat(9).slice(0, 300);
    await page.goto(`/search/?q=${encodeURIComponent(long)}`);
    await expect(page.locator('hb-search')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('#search-status')).toContainText('ไม่พบ');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(wide).toBeLessThanOrEqual(0);
    // The box holds at most 200 characters.
    expect((await page.locator('#search-page-input').inputValue()).length).toBeLessThanOrEqual(200);
  });

  test('a word that is in no page gives no results, and an English typo suggests the word', async ({ page }) => {
    await page.goto('/search/?q=ไดโนเสาร์');
    await expect(page.locator('hb-search')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('ol#search-results > li')).toHaveCount(0);
    await expect(page.locator('#search-status')).toContainText('ไม่พบคำว่า “ไดโนเสาร์”');
    await page.goto('/en/search/?q=corruptoin');
    await expect(page.locator('ol#search-results > li')).toHaveCount(0);
    const suggestion = page.locator('#search-suggest a').first();
    await expect(suggestion).toHaveText('corruption');
    await suggestion.click();
    await expect(page).toHaveURL(/q=corruption/);
    await expect(page.locator('ol#search-results > li').first()).toBeVisible();
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
    expect(hrefs.length).toBeLessThan(all);
    for (const href of hrefs) expect(href).toMatch(/\/modules\//);
  });

  test('the hand-labelled query set: labels hold, precision 1.00 and recall at least 0.95', async ({ page, baseURL }) => {
    test.setTimeout(240_000);
    const queries = loadQueries();
    const pages = oraclePages(process.env.OUT_DIR ?? 'dist');
    const groups = oracleGroups();
    expect(staleLabels(queries, pages, groups)).toEqual([]);
    expect(queries.filter((q) => q.none).length).toBeGreaterThanOrEqual(5);
    const outcomes: Outcome[] = [];
    for (const query of queries) {
      const { returned, ms } = await runQuery(page, baseURL ?? '', '/', query);
      outcomes.push({ query, expected: expectedPages(query, pages, groups), returned, ms });
    }
    const m = metrics(outcomes);
    expect(m.falsePositives).toEqual([]);
    expect(m.precision).toBe(1);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    for (const o of outcomes) for (const page of o.query.must ?? []) expect(o.returned, `${o.query.q} must find ${page}`).toContain(page);
  });
});
