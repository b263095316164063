/**
 * The workshop pre-test and post-test as a trainee on a phone takes them: the participant code,
 * a pre-test with no feedback and one attempt, locked after submitting; a post-test that opens only
 * after it (or with the trainer's code of the day), in another order, with the change and results by
 * topic; the result card's code and QR; My progress.
 */
import { expect, test, type Page } from '@playwright/test';
import { decodeResult, type QuestionShape } from '../../src/lib/learning/result-code.ts';
import { localDay, openCode } from '../../src/lib/learning/open-code.ts';
import { axeProblems } from './helpers/site.ts';

async function shapeOf(page: Page): Promise<QuestionShape[]> {
  return JSON.parse((await page.locator('hb-test').getAttribute('data-shape')) ?? '[]') as QuestionShape[];
}

/** Answers the questions on screen: `right(id)` says which to answer right; undefined leaves one blank. */
async function answer(page: Page, shape: QuestionShape[], right: (id: string) => boolean | undefined): Promise<void> {
  for (const fieldset of await page.locator('fieldset.test-q').all()) {
    const id = (await fieldset.getAttribute('data-id')) ?? '';
    const q = shape.find((s) => s.id === id)!;
    const wanted = right(id);
    if (wanted === undefined) continue;
    const picks = wanted ? q.key : [[...Array(q.options).keys()].find((i) => !q.key.includes(i)) ?? 0];
    for (const i of picks) await fieldset.locator('input').nth(i).check();
  }
}

const preRight = new Set(['q1', 'q2', 'q3', 'q4', 'q5']);

test('pre-test: participant code, no feedback, one attempt locked after submitting; post-test: another order and the change @phone', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // The post-test is closed before the pre-test.
  await page.goto('/test/post/');
  await expect(page.getByText('แบบทดสอบหลังอบรมจะเปิดเมื่อทำแบบทดสอบก่อนอบรมในเครื่องนี้แล้ว')).toBeVisible();
  await expect(page.locator('fieldset.test-q').first()).toBeHidden();

  await page.goto('/test/pre/');
  await expect(page.locator('fieldset.test-q').first()).toBeHidden();
  await page.getByRole('button', { name: 'เริ่มทำแบบทดสอบ' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'ใส่หมายเลขทีมเป็นตัวเลข 1 ถึง 99' })).toBeVisible();
  await expect(page.getByLabel('หมายเลขทีม')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('หมายเลขทีม').fill('3');
  await page.getByLabel('หมายเลขที่นั่ง').fill('๒');
  await page.getByLabel('ชื่อ–นามสกุล สำหรับเกียรติบัตร (ไม่ใส่ก็ได้)').fill('สมศรี ใจดี');
  await page.getByRole('button', { name: 'เริ่มทำแบบทดสอบ' }).click();
  await expect(page.locator('.who-line')).toHaveText('ทีม 3 ที่นั่ง 2 · สมศรี ใจดี');

  // The pre-test keeps the order of the test as written, and says nothing while answering.
  const shape = await shapeOf(page);
  expect(await page.locator('fieldset.test-q').evaluateAll((f) => f.map((x) => x.getAttribute('data-id')))).toEqual(shape.map((q) => q.id));
  await expect(page.locator('.quiz-check, .quiz-feedback, details')).toHaveCount(0);
  await answer(page, shape, (id) => (id === 'q15' ? undefined : preRight.has(id)));
  await expect(page.getByText('คำตอบที่ถูก')).toHaveCount(0);

  // A blank question is pointed out once; the second press submits.
  await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
  await expect(page.locator('.test-message')).toHaveText('ยังไม่ได้ตอบ ข้อ 15 ตอบให้ครบ หรือกด "ส่งคำตอบ" อีกครั้งเพื่อส่งเท่าที่ตอบ');
  await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
  await expect(page.locator('.result-score')).toHaveText('ได้ 5 จาก 15 ข้อ');
  // Only the score: no right answers, explanations or per-topic results.
  await expect(page.locator('table.topics')).toHaveCount(0);
  await expect(page.getByText('คำตอบที่ถูก')).toHaveCount(0);

  // The result card: the code and its QR, which say the same.
  const code = (await page.locator('.card-code').textContent()) ?? '';
  expect(code).toMatch(/^1[0-9A-Z]{3}(-[0-9A-Z]{4}){3}$/);
  const decoded = decodeResult(code, shape);
  expect(decoded.ok && decoded.result).toMatchObject({ phase: 'pre', team: 3, seat: 2, score: 5 });
  const qr = page.getByRole('img', { name: 'คิวอาร์โค้ดผลแบบทดสอบก่อนอบรม ทีม 3 ที่นั่ง 2' });
  await expect(qr).toBeVisible();
  expect((await qr.boundingBox())?.width).toBeGreaterThan(200);
  await page.screenshot({ path: 'test-results/learning-pre-result-phone.png', fullPage: true });

  // Locked: a second visit shows the result, not the form.
  await page.reload();
  await expect(page.locator('.result-score')).toHaveText('ได้ 5 จาก 15 ข้อ');
  await expect(page.locator('.test-form')).toBeHidden();
  await expect(page.locator('.card-code')).toHaveText(code);

  // The post-test is open now, for the same participant, in another order.
  await page.goto('/test/post/');
  await expect(page.locator('.who-line')).toHaveText('ทีม 3 ที่นั่ง 2 · สมศรี ใจดี');
  await expect(page.getByRole('button', { name: 'แก้ไขรหัสผู้เข้าอบรม' })).toBeHidden();
  const order = await page.locator('fieldset.test-q').evaluateAll((f) => f.map((x) => x.getAttribute('data-id')));
  expect([...order].sort()).toEqual(shape.map((q) => q.id).sort());
  order.forEach((id, place) => expect(id).not.toBe(shape[place]?.id));
  await expect(page.locator('.q-number').first()).toHaveText('ข้อ 1.');
  // All right except one question of the module "field-inspection" (q10).
  await answer(page, shape, (id) => id !== 'q10');
  await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
  await expect(page.locator('.result-score')).toHaveText('ได้ 14 จาก 15 ข้อ');
  await expect(page.locator('.result-change')).toHaveText('เทียบกับก่อนอบรม: +9 ข้อ (ก่อนอบรมได้ 5 จาก 15 ข้อ)');
  const inspection = page.locator('tr[data-module="field-inspection"]');
  await expect(inspection.locator('.topic-score')).toHaveText('0 จาก 1');
  await expect(inspection.getByRole('link').nth(1)).toHaveAttribute('href', /^\/modules\/field-inspection\/#.+/);
  await expect(page.locator('tr[data-module="what-is-corruption"] .topic-all-right')).toBeVisible();
  const postCode = (await page.locator('.card-code').textContent()) ?? '';
  const post = decodeResult(postCode, shape);
  expect(post.ok && post.result).toMatchObject({ phase: 'post', team: 3, seat: 2, score: 14 });
  await page.screenshot({ path: 'test-results/learning-post-result-phone.png', fullPage: true });
  // The result as shown (not only the page as built) meets WCAG AA.
  expect(await axeProblems(page)).toEqual([]);

  await page.goto('/progress/');
  await expect(page.locator('[data-test="pre"]')).toHaveText('5 / 15');
  await expect(page.locator('[data-test="post"]')).toHaveText('14 / 15');
  await expect(page.locator('[data-test="change"]')).toHaveText('+9');
  expect(errors).toEqual([]);
});

test('the trainer’s code of the day opens the post-test without a pre-test (English)', async ({ page }) => {
  await page.goto('/en/test/post/');
  await expect(page.getByText('The post-test opens once the pre-test has been taken on this device.')).toBeVisible();
  const input = page.getByLabel('Opening code from your trainer (if you did not take the pre-test on this device)');
  await input.fill('0000' === openCode(localDay(new Date())) ? '1111' : '0000');
  await page.getByRole('button', { name: 'Open the test' }).click();
  await expect(page.getByText('That code is not right. Ask your trainer for today’s code.')).toBeVisible();
  await input.fill(openCode(localDay(new Date())));
  await page.getByRole('button', { name: 'Open the test' }).click();
  await page.getByLabel('Team number').fill('7');
  await page.getByLabel('Seat number').fill('1');
  await page.getByRole('button', { name: 'Start the test' }).click();
  await expect(page.locator('.who-line')).toHaveText('Team 7, seat 1');
  const shape = await shapeOf(page);
  await answer(page, shape, () => true);
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.locator('.result-score')).toHaveText('15 of 15 right');
  await expect(page.getByText('This device has no pre-test result, so there is nothing to compare with.')).toBeVisible();
  // The pre-test cannot be taken after the post-test to make a "change".
  await page.goto('/en/test/pre/');
  await expect(page.locator('.test-form')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change the participant code' })).toBeHidden();
});

test('a device that cannot store still shows the result card before the page is closed', async ({ page, context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('/test/pre/');
  await page.getByLabel('หมายเลขทีม').fill('4');
  await page.getByLabel('หมายเลขที่นั่ง').fill('5');
  await page.getByRole('button', { name: 'เริ่มทำแบบทดสอบ' }).click();
  await expect(page.locator('.test-unsaved')).toBeVisible();
  const shape = await shapeOf(page);
  await answer(page, shape, () => false);
  await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
  await expect(page.locator('.result-score')).toHaveText('ได้ 0 จาก 15 ข้อ');
  await expect(page.locator('.card-code')).toHaveText(/^1[0-9A-Z]{3}-/);
});
