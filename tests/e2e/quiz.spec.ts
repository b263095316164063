/**
 * Module quizzes are practice: a wrong answer gets a second try before the answer is shown (or on
 * request), every option is marked once it is, progress is kept on the device; and a module counts
 * as read when its end has been reached, not when it is opened.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

const MODULE = '/modules/what-is-corruption/';

/** The indexes to pick for a right answer, or for a wrong one (on a second try, another wrong option). */
async function picks(question: Locator, right: boolean, attempt: number): Promise<number[]> {
  const key = ((await question.getAttribute('data-answer')) ?? '0').split(',').map(Number);
  const wrong = [...Array(await question.locator('input').count()).keys()].filter((i) => !key.includes(i));
  return right ? key : [wrong[attempt % wrong.length] ?? 0];
}

/** Chooses an answer with the keyboard only and checks it. */
async function answerWithKeyboard(page: Page, index: number, right: boolean, attempt = 0): Promise<void> {
  const question = page.locator('fieldset.quiz-q').nth(index);
  const inputs = question.locator('input');
  for (const input of await inputs.all()) {
    if ((await input.getAttribute('type')) === 'checkbox' && (await input.isChecked())) await input.uncheck();
  }
  for (const i of await picks(question, right, attempt)) {
    await inputs.nth(i).focus();
    await page.keyboard.press('Space');
  }
  await question.locator('button.quiz-check').focus();
  await page.keyboard.press('Enter');
}

for (const lang of ['', '/en'] as const) {
  const say = lang
    ? {
        right: 'Correct',
        again: 'Not quite. Choose again',
        wrong: 'Not quite',
        answer: 'Right answer:',
        score: '1 of',
        wrongMark: '✗ Not right',
      }
    : { right: 'ถูกต้อง', again: 'ยังไม่ถูก ลองเลือกใหม่', wrong: 'ยังไม่ถูก', answer: 'คำตอบที่ถูก:', score: 'ได้ 1 จาก', wrongMark: '✗ ข้อนี้ไม่ถูก' };
  test.describe(`quiz ${lang || '/th'}`, () => {
    test('a wrong answer gets a second try, then the answer; progress survives a reload @phone', async ({ page }) => {
      await page.goto(`${lang}${MODULE}`);
      const first = page.locator('fieldset.quiz-q').first();
      const second = page.locator('fieldset.quiz-q').nth(1);
      await expect(first.locator('legend')).toBeVisible();
      await answerWithKeyboard(page, 0, true);
      const feedback = first.locator('.quiz-feedback');
      await expect(feedback).toHaveAttribute('role', 'status');
      await expect(feedback).toContainText(say.right);
      await expect(feedback.locator('a')).toHaveAttribute('href', /\/modules\/[a-z-]+\/#.+/);
      await expect(first.locator('input').first()).toBeDisabled();

      // First wrong try: only "not quite", no answer, and the offer to see it.
      await answerWithKeyboard(page, 1, false);
      await expect(second.locator('.quiz-feedback')).toContainText(say.again);
      await expect(second.locator('.quiz-feedback')).not.toContainText(say.answer);
      await expect(second.locator('.quiz-reveal')).toBeVisible();
      await expect(second.locator('.quiz-mark')).toHaveCount(0);
      // Second wrong try: the right answer, its explanation, and each option marked.
      await answerWithKeyboard(page, 1, false, 1);
      await expect(second.locator('.quiz-feedback')).toContainText(say.answer);
      await expect(second.locator('.quiz-mark').filter({ hasText: say.wrongMark })).toHaveCount(1);
      await expect(second.locator('.quiz-reveal')).toBeHidden();
      await expect(page.locator('.quiz-score')).toContainText(say.score);

      await page.reload();
      await expect(page.locator('fieldset.quiz-q').first().locator('.quiz-feedback')).toContainText(say.right);
      await expect(page.locator('fieldset.quiz-q').nth(1).locator('.quiz-feedback')).toContainText(say.answer);
      await expect(page.locator('.quiz-score')).toContainText(say.score);

      // Retry only the wrong ones: the right answer stays, the wrong one opens again.
      await page.locator('.quiz-retry').click();
      await expect(page.locator('fieldset.quiz-q').nth(1).locator('input:checked')).toHaveCount(0);
      await expect(page.locator('fieldset.quiz-q').nth(1).locator('input').first()).toBeEnabled();
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
      await expect(page.locator('fieldset.quiz-q').first().locator('.quiz-feedback')).toContainText(say.right);
      await page.reload();
      await expect(page.locator('fieldset.quiz-q').first().locator('.quiz-feedback')).toContainText(say.right);
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
      await expect(page.locator('fieldset.quiz-q').first().locator('.quiz-feedback')).toContainText(say.right);
      await expect(page.locator('.quiz-unsaved')).toBeVisible();
    });
  });
}

test('multi-select: "choose all that apply" said once, and every option marked right or wrong when the answer is shown @phone', async ({
  page,
}) => {
  await page.goto(MODULE);
  const question = page.locator('fieldset.quiz-q[data-kind="multiple"]').first();
  await expect(question.locator('legend')).toContainText('(เลือกได้มากกว่าหนึ่งข้อ)');
  expect(((await question.locator('legend').textContent()) ?? '').split('เลือกได้มากกว่าหนึ่งข้อ').length - 1).toBe(1);
  const key = ((await question.getAttribute('data-answer')) ?? '').split(',').map(Number);
  const count = await question.locator('input').count();
  const wrongOne = [...Array(count).keys()].find((i) => !key.includes(i))!;
  // One right option and one wrong one.
  await question.locator('input').nth(key[0]!).check();
  await question.locator('input').nth(wrongOne).check();
  await question.locator('.quiz-check').click();
  await expect(question.locator('.quiz-feedback')).toContainText('มีข้อที่เลือกผิด หรือยังเลือกไม่ครบ');
  await question.getByRole('button', { name: 'ดูเฉลยและคำอธิบาย' }).click();
  await expect(question.locator('.quiz-feedback')).toContainText('คำตอบที่ถูก:');
  const marks = await question
    .locator('label')
    .evaluateAll((labels) => labels.map((l) => l.querySelector('.quiz-mark')?.textContent ?? ''));
  marks.forEach((mark, i) => {
    if (i === key[0]) expect(mark).toBe('✓ เลือกถูก');
    else if (key.includes(i)) expect(mark).toBe('✓ ข้อนี้ถูกด้วย แต่ยังไม่ได้เลือก');
    else if (i === wrongOne) expect(mark).toBe('✗ ข้อนี้ไม่ถูก');
    else expect(mark).toBe('');
  });
  await expect(question.locator('.quiz-feedback')).toBeFocused();
  await question.screenshot({ path: 'test-results/learning-multi-select-phone.png' });
});

test('a module counts as read when its end is reached, not when it is opened @phone', async ({ page }) => {
  await page.goto('/modules/public-resources/');
  await page.goto('/progress/');
  const cell = page.locator('tr[data-module="public-resources"] [data-cell="read"]');
  await expect(cell).toHaveText('ยังอ่านไม่จบ');
  await page.goto('/modules/public-resources/');
  await page.locator('hb-read-mark').scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('hb.progress') ?? '')).toContain('"public-resources"');
  await page.goto('/progress/');
  await expect(cell).toHaveText('อ่านจบแล้ว');
});

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
