import { expect, test } from '@playwright/test';

test.describe('offline', () => {
  test('after one visit online, an unvisited module, a session and search work offline', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.goto('/en/');
    // The service worker keeps the English pages and search index once the first visit is done.
    await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 60_000 });
    await context.setOffline(true);

    await page.goto('/en/modules/field-inspection/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('fieldset.quiz-q').first()).toBeVisible();

    await page.goto('/en/sessions/team-zone-action-planning/');
    await expect(page.locator('table.agenda')).toBeVisible();

    await page.goto('/en/search/?q=signboard');
    await expect(page.locator('hb-search')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    await expect(page.locator('ol#search-results > li').first()).toBeVisible();
    await context.setOffline(false);
  });

  test('the site is installable: a manifest with the Thai name and icons', async ({ request }) => {
    const manifest = await (await request.get('/manifest.webmanifest')).json();
    expect(manifest.lang).toBe('th');
    expect(manifest.short_name).toContain('ขอนแก่น');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
  });
});
