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

  test('the speaker view: readable notes, the time of day, a timer that pauses and resets', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-01T09:05:00') });
    await page.goto(`/present/${SESSION}/speaker/#3`);
    await expect(page.locator('.speaker-clock')).toHaveText('09:05');
    const notesSize = await page.locator('.speaker-notes').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(notesSize).toBeGreaterThanOrEqual(21);
    await page.clock.runFor(65_000);
    await expect(page.locator('.speaker-elapsed')).toHaveText(/^1:0[5-7]$/);
    await expect(page.locator('.speaker-clock')).toHaveText('09:06');
    await page.getByRole('button', { name: 'หยุดเวลา' }).click();
    await expect(page.locator('.speaker-paused')).toBeVisible();
    const stopped = await page.locator('.speaker-elapsed').textContent();
    await page.clock.runFor(30_000);
    await expect(page.locator('.speaker-elapsed')).toHaveText(stopped ?? '');
    // Paused stays paused across a reload.
    await page.reload();
    await expect(page.locator('.speaker-elapsed')).toHaveText(stopped ?? '');
    await page.getByRole('button', { name: 'เดินเวลาต่อ' }).click();
    await page.clock.runFor(10_000);
    const [m, s] = (stopped ?? '0:00').split(':').map(Number);
    await expect(page.locator('.speaker-elapsed')).toHaveText(
      new RegExp(`^${m}:${String((s ?? 0) + 10).padStart(2, '0')}|^${m}:${String((s ?? 0) + 11).padStart(2, '0')}$`),
    );
    await page.getByRole('button', { name: 'เริ่มนับใหม่' }).click();
    await expect(page.locator('.speaker-elapsed')).toHaveText(/^0:0[01]$/);
    await page.clock.runFor(3_000);
    await expect(page.locator('.speaker-elapsed')).toHaveText(/^0:0[34]$/);
  });

  test('the title slide shows the day’s date and the organiser', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
    await page.goto(`/present/${SESSION}/`);
    const cover = page.locator('.deck .slide[data-current]');
    await expect(cover.locator('.deck-date')).toHaveText('1 ธ.ค. 2569');
    await expect(cover.locator('.deck-organiser')).toContainText('เครือข่าย ป.ป.ช. ภาคประชาสังคมจังหวัดขอนแก่น');
    await expect(cover.locator('.deck-cover-when')).toHaveText(/^วันที่\s2 · \d\d:\d\d–\d\d:\d\d\sน\.$/);
  });

  test('the control bar is the presenter’s: no speaker-view button, hidden when idle and in full screen; S opens the speaker view', async ({
    page,
    context,
  }) => {
    await page.goto(`/en/present/${SESSION}/`);
    const bar = page.locator('.deck-controls');
    await expect(page.getByText(/speaker view/i)).toHaveCount(0);
    await page.mouse.move(200, 200);
    await expect(bar).toHaveCSS('opacity', '1');
    await expect(page.locator('hb-deck')).toHaveAttribute('data-idle', '', { timeout: 6_000 });
    await expect(bar).toHaveCSS('opacity', '0');
    await page.mouse.move(300, 300);
    await expect(bar).toHaveCSS('opacity', '1');
    // Focus brings it back and keeps it while a control has focus.
    await page.mouse.move(0, 0);
    await expect(page.locator('hb-deck')).toHaveAttribute('data-idle', '', { timeout: 6_000 });
    await page.keyboard.press('Tab');
    await expect(page.locator('hb-deck')).not.toHaveAttribute('data-idle');
    await page.locator('.deck-fullscreen').click();
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true);
    await expect(page.locator('hb-deck')).toHaveAttribute('data-idle', '');
    await page.evaluate(() => document.exitFullscreen());
    const popup = context.waitForEvent('page');
    await page.locator('.deck').focus();
    await page.keyboard.press('s');
    const speaker = await popup;
    await expect(speaker).toHaveURL(/\/en\/present\/field-inspection-practice\/speaker\/#1$/);
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
