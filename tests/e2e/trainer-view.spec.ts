import { expect, test, type Page } from '@playwright/test';

/** A session page always has trainer notes (the content check guarantees sessions have one). */
async function firstSession(page: Page, lang: '' | '/en'): Promise<void> {
  await page.goto(`${lang}/sessions/`);
  await page.locator('main h3 a').first().click();
}

test.describe('trainer view', () => {
  test('is off for trainees, shows notes when switched on, and is remembered @phone', async ({ page }) => {
    await firstSession(page, '');
    const note = page.locator('.trainer-note').first();
    await expect(note).toBeHidden();
    const toggle = page.getByRole('button', { name: 'มุมมองวิทยากร' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(note).toBeVisible();
    await page.reload();
    await expect(page.locator('.trainer-note').first()).toBeVisible();
    await page.getByRole('button', { name: 'มุมมองวิทยากร' }).click();
    await expect(page.locator('.trainer-note').first()).toBeHidden();
  });

  test('works with the keyboard alone', async ({ page }) => {
    await firstSession(page, '/en');
    const toggle = page.getByRole('button', { name: 'Trainer view' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('.trainer-note').first()).toBeVisible();
  });

  test('corrupt or blocked storage never breaks the page', async ({ page, context }) => {
    await context.addInitScript(() => {
      try {
        localStorage.setItem('hb.trainerView.v1', '{not json');
      } catch {
        // A browser that refuses storage is part of what this test is about.
      }
    });
    await firstSession(page, '/en');
    await expect(page.locator('.trainer-note').first()).toBeHidden();
    await page.getByRole('button', { name: 'Trainer view' }).click();
    await expect(page.locator('.trainer-note').first()).toBeVisible();
  });

  test('storage that throws never breaks the page', async ({ page, context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await firstSession(page, '/en');
    await page.getByRole('button', { name: 'Trainer view' }).click();
    await expect(page.locator('.trainer-note').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});
