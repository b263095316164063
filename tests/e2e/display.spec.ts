/**
 * Text size and dark theme (issue 14): the size is chosen in the header, applied to every page
 * and remembered on the device; the dark theme follows the system setting; both keep AA contrast.
 */
import { expect, test, type Page } from '@playwright/test';

const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test.describe('text size', () => {
  test('grows the text, is remembered on the device and applies to every page @phone', async ({ page }) => {
    await page.goto('/modules/what-is-corruption/');
    const normal = await fontSize(page, '.chapter-body p');
    const control = page.getByRole('group', { name: 'ขนาดตัวอักษร' });
    await expect(control.getByRole('radio', { name: 'ก ปกติ' })).toBeChecked();
    await control.getByText('ก', { exact: true }).nth(2).click();
    await expect(control.getByRole('radio', { name: 'ก ใหญ่มาก' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
    expect(await fontSize(page, '.chapter-body p')).toBeCloseTo(normal * 1.3, 0);
    // Nothing on the page becomes wider than the phone's screen.
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);

    await page.goto('/en/glossary/');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
    await expect(page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'A larger' })).toBeChecked();
  });

  test('is one Tab stop whose arrow keys choose the size', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('header a').first().focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'A normal' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    const large = page.getByRole('radio', { name: 'A large', exact: true });
    await expect(large).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Trainer view' })).toBeFocused();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    await large.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
  });

  test('applies before the first paint, so the page does not jump', async ({ page, context }) => {
    await context.addInitScript(() => localStorage.setItem('hb.textSize.v1', 'large'));
    // Measured before any module script runs: the inline boot script has already applied it.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  });

  test('survives storage that refuses to keep it', async ({ page, context }) => {
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await page.getByRole('radio', { name: 'ก ใหญ่', exact: true }).check({ force: true });
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    expect(errors).toEqual([]);
  });
});

test.describe('dark theme', () => {
  test('follows the system setting on screen, and paper stays light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/modules/what-is-corruption/');
    const colours = () =>
      page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(document.body).color }));
    expect(await colours()).toEqual({ bg: 'rgb(16, 23, 30)', ink: 'rgb(230, 237, 243)' });
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    expect(await colours()).toEqual({ bg: 'rgb(255, 255, 255)', ink: 'rgb(27, 36, 48)' });
    await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
    expect((await colours()).bg).toBe('rgb(255, 255, 255)');
  });

  // Colour contrast in the dark theme on every built screen page (with a glossary popover open
  // where there is one) is checked by tests/e2e/accessibility.spec.ts, on the page it has loaded
  // for axe already.
});
