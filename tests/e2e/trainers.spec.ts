import { expect, test } from '@playwright/test';

const SESSION = 'field-inspection-practice';

test.describe('presenting a session', () => {
  test('move through slides with the keyboard, including clicker keys @phone', async ({ page }) => {
    await page.goto(`/present/${SESSION}/`);
    const counter = page.locator('.deck-counter');
    await expect(counter).toHaveText(/^สไลด์ 1 จาก \d+$/);
    const total = Number((await counter.textContent())?.match(/จาก (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(5);
    await page.keyboard.press('ArrowRight');
    await expect(counter).toHaveText(`สไลด์ 2 จาก ${total}`);
    await page.keyboard.press(' ');
    await page.keyboard.press('PageDown');
    await expect(counter).toHaveText(`สไลด์ 4 จาก ${total}`);
    await page.keyboard.press('PageUp');
    await expect(counter).toHaveText(`สไลด์ 3 จาก ${total}`);
    await expect(page.locator('.deck .slide[data-current]')).toHaveCount(1);
    await expect(page.locator('.deck .slide[data-current] .slide-title')).toBeVisible();
    await page.keyboard.press('End');
    await expect(counter).toHaveText(`สไลด์ ${total} จาก ${total}`);
    await page.keyboard.press('Home');
    await expect(counter).toHaveText(`สไลด์ 1 จาก ${total}`);
    await expect(page).toHaveURL(/#1$/);
  });

  test('the speaker view follows the audience window and moves it', async ({ context }) => {
    const audience = await context.newPage();
    await audience.goto(`/en/present/${SESSION}/`);
    const speaker = await context.newPage();
    await speaker.goto(`/en/present/${SESSION}/speaker/`);
    await expect(speaker.locator('.speaker-counter')).toHaveText(/^Slide 1 of \d+$/);
    await audience.bringToFront();
    await audience.keyboard.press('ArrowRight');
    await audience.keyboard.press('ArrowRight');
    await expect(audience.locator('.deck-counter')).toHaveText(/^Slide 3 of/);
    await expect(speaker.locator('.speaker-counter')).toHaveText(/^Slide 3 of/);
    const notes = (await audience.locator('.deck .slide[data-current] .slide-notes').textContent()) ?? '';
    await expect(speaker.locator('.speaker-notes')).toHaveText(notes.trim());
    await expect(speaker.locator('.speaker-session-left')).toHaveText(/^\d:\d\d:\d\d$|^\d+:\d\d$/);
    await speaker.locator('.speaker-next-btn').click();
    await expect(audience.locator('.deck-counter')).toHaveText(/^Slide 4 of/);
  });

  test('without JavaScript the slides are listed one after another', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/present/${SESSION}/`);
    const visible = await page
      .locator('.deck .slide')
      .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(visible).toBeGreaterThan(5);
    await context.close();
  });
});

test.describe('session plan', () => {
  test('the agenda times follow a start time the trainer sets, and it is remembered', async ({ page }) => {
    await page.goto(`/en/sessions/${SESSION}/`);
    const rows = page.locator('table.agenda tbody tr');
    const minutes = await rows.evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset['minutes'])));
    const start = page.getByLabel('Session start time');
    await start.fill('13:10');
    await start.dispatchEvent('change');
    await expect(rows.nth(0).locator('td').first()).toHaveText('13:10');
    const second = 13 * 60 + 10 + (minutes[0] ?? 0);
    const expected = `${String(Math.floor(second / 60)).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}`;
    await expect(rows.nth(1).locator('td').first()).toHaveText(expected);
    await page.reload();
    await expect(rows.nth(0).locator('td').first()).toHaveText('13:10');
    // Materials are a checklist.
    await expect(page.locator('ul.materials input[type="checkbox"]').first()).toBeVisible();
  });

  test('the facilitator guide gathers the schedule, the trainer notes and the answer keys', async ({ page }) => {
    await page.goto('/facilitator/');
    await expect(page.getByRole('heading', { name: 'วันที่ 1', level: 3, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'วันที่ 2', level: 3, exact: true })).toBeVisible();
    // Trainer notes show here even with trainer view off; the rest of the chapter text does not.
    await expect(page.locator('.notes-only .trainer-note').first()).toBeVisible();
    await expect(page.locator('.notes-only table.agenda, .notes-only > p').first()).toBeHidden();
    const key = page
      .locator('.answer-key')
      .filter({ has: page.getByRole('heading', { name: 'ทุจริตคืออะไร และมีกี่รูปแบบ', level: 3, exact: true }) });
    await expect(key.locator('li').first()).toContainText('→');
  });
});
