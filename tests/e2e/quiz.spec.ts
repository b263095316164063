import { expect, test, type Page } from '@playwright/test';

const MODULE = '/modules/what-is-corruption/';

/** Chooses the right answer of a question with the keyboard only and checks it. */
async function answerWithKeyboard(page: Page, index: number, right: boolean): Promise<void> {
  const question = page.locator('fieldset.quiz-q').nth(index);
  const key = (await question.getAttribute('data-answer')) ?? '0';
  const rightIndexes = key.split(',').map(Number);
  const inputs = question.locator('input');
  const count = await inputs.count();
  const wanted = right ? rightIndexes : [[...Array(count).keys()].find((i) => !rightIndexes.includes(i)) ?? 0];
  for (const i of wanted) {
    await inputs.nth(i).focus();
    await page.keyboard.press('Space');
  }
  await question.locator('button.quiz-check').focus();
  await page.keyboard.press('Enter');
}

for (const lang of ['', '/en'] as const) {
  test.describe(`quiz ${lang || '/th'}`, () => {
    test('answer with the keyboard, get announced feedback, keep answers after reload @phone', async ({ page }) => {
      await page.goto(`${lang}${MODULE}`);
      const first = page.locator('fieldset.quiz-q').first();
      await expect(first.locator('legend')).toBeVisible();
      await answerWithKeyboard(page, 0, true);
      const feedback = first.locator('.quiz-feedback');
      await expect(feedback).toHaveAttribute('role', 'status');
      await expect(feedback).toContainText(lang ? 'Correct' : 'ถูกต้อง');
      await expect(feedback.locator('a')).toHaveAttribute('href', /\/modules\/[a-z-]+\/#.+/);
      await answerWithKeyboard(page, 1, false);
      await expect(page.locator('fieldset.quiz-q').nth(1).locator('.quiz-feedback')).toContainText(lang ? 'Not quite' : 'ยังไม่ถูก');
      await expect(page.locator('.quiz-score')).toContainText(lang ? '1 of' : 'ได้ 1 จาก');

      await page.reload();
      await expect(page.locator('fieldset.quiz-q').first().locator('.quiz-feedback')).toContainText(lang ? 'Correct' : 'ถูกต้อง');
      await expect(page.locator('.quiz-score')).toContainText(lang ? '1 of' : 'ได้ 1 จาก');

      // Retry only the wrong ones: the right answer stays, the wrong one is cleared.
      await page.locator('.quiz-retry').click();
      await expect(page.locator('fieldset.quiz-q').nth(1).locator('input:checked')).toHaveCount(0);
      await expect(page.locator('fieldset.quiz-q').first().locator('input:checked')).not.toHaveCount(0);
      await page.locator('.quiz-reset').click();
      await expect(page.locator('fieldset.quiz-q input:checked')).toHaveCount(0);
    });

    test('corrupt stored progress never breaks the quiz', async ({ page, context }) => {
      await context.addInitScript(() => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem('hb.progress', '{"v":1,"quizzes":{"th/what-is-corruption":{"answers":"oops"}},"read":[');
          sessionStorage.setItem('seeded', '1');
        }
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${lang}${MODULE}`);
      await answerWithKeyboard(page, 0, true);
      await expect(page.locator('fieldset.quiz-q').first().locator('.quiz-feedback')).toContainText(lang ? 'Correct' : 'ถูกต้อง');
      await page.reload();
      await expect(page.locator('fieldset.quiz-q').first().locator('.quiz-feedback')).toContainText(lang ? 'Correct' : 'ถูกต้อง');
      expect(errors).toEqual([]);
    });

    test('blocked storage: the quiz works and says progress cannot be saved', async ({ page, context }) => {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      });
      await page.goto(`${lang}${MODULE}`);
      await answerWithKeyboard(page, 0, true);
      await expect(page.locator('fieldset.quiz-q').first().locator('.quiz-feedback')).toContainText(lang ? 'Correct' : 'ถูกต้อง');
      await expect(page.locator('.quiz-unsaved')).toBeVisible();
    });
  });
}

test('without JavaScript the questions are readable with answers behind details', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(MODULE);
  const first = page.locator('fieldset.quiz-q').first();
  await expect(first.locator('button.quiz-check')).toBeHidden();
  await first.locator('details summary').click();
  await expect(first.locator('details .answer-body')).toBeVisible();
  await context.close();
});

test('pre-test and post-test results show on the progress page', async ({ page }) => {
  await page.goto('/en/test/pre/');
  await answerWithKeyboard(page, 0, false);
  await answerWithKeyboard(page, 1, false);
  await page.goto('/en/test/post/');
  await answerWithKeyboard(page, 0, true);
  await answerWithKeyboard(page, 1, true);
  await page.goto(`/en${MODULE}`);
  await page.goto('/en/progress/');
  await expect(page.locator('[data-test="pre"]')).toHaveText(/^0 \/ \d+$/);
  await expect(page.locator('[data-test="post"]')).toHaveText(/^2 \/ \d+$/);
  await expect(page.locator('[data-test="change"]')).toHaveText('+2');
  await expect(page.locator('tr[data-module="what-is-corruption"] [data-cell="read"]')).toHaveText('Read');
});
