/** The facilitator guide for trainers (issue 14): in the main menu, with day tables that line up. */
import { expect, test } from '@playwright/test';

test('the facilitator guide is in the main menu @phone', async ({ page }) => {
  await page.goto('/en/modules/');
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name: 'Facilitator guide' }).click();
  await expect(page).toHaveURL(/\/en\/facilitator\/$/);
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Facilitator guide' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'คู่มือวิทยากร' })).toHaveAttribute(
    'href',
    '/facilitator/',
  );
});

test('the main menu is one line on wide screens in both languages', async ({ page }) => {
  for (const width of [1024, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/en/']) {
      await page.goto(path);
      const tops = await page
        .locator('header nav li')
        .evaluateAll((items) => new Set(items.map((i) => Math.round(i.getBoundingClientRect().top))).size);
      expect(tops, `${path} at ${width}px`).toBe(1);
    }
  }
});

for (const [label, size] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const) {
  test(`the schedule's day tables line up, and the session titles get the room (${label})`, async ({ page }) => {
    await page.setViewportSize(size);
    for (const path of ['/facilitator/', '/en/facilitator/']) {
      await page.goto(path);
      const tables = await page.locator('table.schedule').evaluateAll((list) =>
        list.map((table) => ({
          columns: [...table.querySelectorAll('thead th')].map((th) => {
            const r = th.getBoundingClientRect();
            return [Math.round(r.left), Math.round(r.width)] as const;
          }),
          width: table.getBoundingClientRect().width,
          overflow: table.scrollWidth > table.clientWidth,
          timesFit: [...table.querySelectorAll('tbody td:first-child')].every((td) => td.scrollWidth <= td.clientWidth),
        })),
      );
      expect(tables.length).toBeGreaterThan(1);
      for (const t of tables) {
        expect(t.columns).toEqual(tables[0]!.columns);
        expect(t.overflow).toBe(false);
        expect(t.timesFit).toBe(true);
        const [, sessionWidth] = t.columns[1] ?? [0, 0];
        expect(sessionWidth / t.width).toBeGreaterThan(0.4);
      }
    }
  });
}
