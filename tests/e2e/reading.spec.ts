/**
 * Reading a long chapter on a phone (issue 14): the contents bar, the jumps to the quiz and to the
 * top, glossary definitions in place, the tab order to the quiz, and where the reader is on the
 * home page and the module list.
 */
import { expect, test, type Page } from '@playwright/test';

const MODULE = '/modules/what-is-corruption/';

/** Presses Tab until the first quiz answer has focus; the number of presses (or Infinity). */
async function tabsToFirstAnswer(page: Page, limit = 150): Promise<number> {
  for (let n = 1; n <= limit; n += 1) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate(() => document.activeElement === document.querySelector('fieldset.quiz-q input'));
    if (there) return n;
  }
  return Infinity;
}

test.describe('the contents bar on a phone', () => {
  // The phone project runs these; the wide-screen layout is tested below.
  test.beforeEach(({ isMobile }, info) => test.skip(!isMobile && info.title.includes('@phone'), 'phone layout'));

  test('stays on screen while reading, shows the section, lists every part and jumps to it @phone', async ({ page }) => {
    await page.goto(MODULE);
    const bar = page.locator('hb-reading-bar');
    await expect(bar).toHaveAttribute('data-sticky', '');
    await page.mouse.wheel(0, 6000);
    await expect
      .poll(async () => (await bar.boundingBox())?.y ?? -1, { message: 'the bar sticks to the top of the screen' })
      .toBeLessThan(20);
    await expect(bar.locator('.reading-current')).not.toHaveText('');

    await bar.locator('summary').click();
    const list = bar.locator('.reading-toc-list');
    await expect(list).toBeVisible();
    // Every part of the chapter, the key points and the quiz included.
    for (const part of ['วัตถุประสงค์การเรียนรู้', 'ประเด็นสำคัญ', 'แหล่งที่มา', 'แบบทดสอบท้ายบท']) {
      await expect(list.getByRole('link', { name: part, exact: true })).toBeVisible();
    }
    await list.getByRole('link', { name: 'ประเด็นสำคัญ', exact: true }).click();
    await expect(list).toBeHidden();
    await expect(page).toHaveURL(/#key-points$/);
    const heading = page.locator('#key-points');
    await expect(heading).toBeInViewport();
    // The heading is not hidden under the bar.
    await expect.poll(async () => (await heading.boundingBox())!.y).toBeGreaterThanOrEqual((await bar.boundingBox())!.height);
    await expect(bar.locator('.reading-current')).toContainText('ประเด็นสำคัญ');
    await expect(bar.locator('.reading-toc-list a[aria-current="location"]')).toHaveText('ประเด็นสำคัญ');
  });

  test('jumps to the quiz and back to the top @phone', async ({ page }) => {
    await page.goto(MODULE);
    const bar = page.locator('hb-reading-bar');
    await bar.getByRole('link', { name: 'แบบทดสอบ', exact: true }).click();
    await expect(page.locator('#quiz-title')).toBeInViewport();
    await bar.getByRole('link', { name: 'ขึ้นบนสุด' }).click();
    await expect(page.locator('h1')).toBeInViewport();
    await expect(page.locator('#main')).toBeFocused();
  });

  test('closes the contents with Escape and a tap elsewhere @phone', async ({ page }) => {
    await page.goto(MODULE);
    const summary = page.locator('hb-reading-bar summary');
    await summary.click();
    await page.keyboard.press('Escape');
    await expect(page.locator('hb-reading-bar details')).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
    await summary.click();
    await page.locator('h1').click();
    await expect(page.locator('hb-reading-bar details')).not.toHaveAttribute('open');
  });

  test('is a plain contents box with working links without JavaScript @phone', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(MODULE);
    const bar = page.locator('hb-reading-bar');
    await expect(bar).not.toHaveAttribute('data-sticky');
    await bar.locator('summary').click();
    await bar.getByRole('link', { name: 'แบบทดสอบท้ายบท' }).click();
    await expect(page).toHaveURL(/#quiz$/);
    await context.close();
  });

  test('wide screens keep the contents beside the text, with a way back to the top', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en/modules/what-is-corruption/');
    const side = page.locator('aside');
    await expect(side.getByRole('link', { name: 'Check your understanding' })).toBeVisible();
    await expect(page.locator('hb-reading-bar')).toBeHidden();
    await page.mouse.wheel(0, 5000);
    await expect(side.getByRole('link', { name: 'Back to the top of the page' })).toBeInViewport();
    await expect(side.locator('a[aria-current="location"]')).toHaveCount(1);
  });
});

test.describe('tab order to the quiz', () => {
  for (const [label, size] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`the skip link reaches the first quiz answer in three Tab presses (${label})`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(MODULE);
      // The page's tab order, for the record: every stop before the first answer.
      const plain = await tabsToFirstAnswer(page);
      await page.goto(MODULE);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'ข้ามไปยังแบบทดสอบท้ายบท' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      const viaSkip = 2 + (await tabsToFirstAnswer(page, 5));
      console.log(`${label}: ${plain} Tab presses through the page, ${viaSkip} with the skip link (and one Enter)`);
      expect(viaSkip).toBe(3);
      expect(plain).toBeGreaterThan(viaSkip);
    });
  }

  test('a chapter without a quiz has no skip link to one', async ({ page }) => {
    await page.goto('/sessions/opening-and-orientation/');
    await expect(page.locator('a[href="#quiz"]')).toHaveCount(0);
  });
});

test.describe('glossary definitions in place', () => {
  test('open by touch and close with a tap elsewhere or the close button @phone', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'touch');
    await page.goto(MODULE);
    const word = page.locator('button.term-button').first();
    const name = (await word.textContent())?.trim() ?? '';
    await word.tap();
    const popover = page.getByRole('dialog', { name: new RegExp(name) });
    await expect(popover).toBeVisible();
    await expect(word).toHaveAttribute('aria-expanded', 'true');
    // The same definition as the glossary page.
    const definition = (await popover.locator('.block').nth(1).textContent())?.trim() ?? '';
    expect(definition.length).toBeGreaterThan(20);
    // A sheet along the bottom of the phone's screen, inside it.
    const box = (await popover.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    expect(box.width).toBeGreaterThan(380);
    await page.locator('h1').tap();
    await expect(popover).toBeHidden();
    await expect(word).toHaveAttribute('aria-expanded', 'false');
    await word.tap();
    await popover.getByRole('button', { name: 'ปิดคำอธิบาย' }).tap();
    await expect(popover).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${MODULE}$`));

    await page.goto('/glossary/');
    await expect(page.locator('.glossary-entry', { hasText: definition })).toHaveCount(1);
  });

  test('work with the keyboard: Enter opens, Tab goes into it, Escape closes and returns', async ({ page }) => {
    await page.goto('/en/modules/what-is-corruption/');
    const word = page.locator('button.term-button').first();
    await word.focus();
    await page.keyboard.press('Enter');
    const popover = page.locator('.term-def:popover-open');
    await expect(popover).toBeVisible();
    await expect(popover).toHaveAttribute('lang', 'en');
    await page.keyboard.press('Tab');
    await expect(popover.getByRole('link', { name: 'Open in the glossary' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
    await expect(word).toBeFocused();
    // Placed under the word, inside the window.
    await page.keyboard.press('Space');
    const box = (await page.locator('.term-def:popover-open').boundingBox())!;
    const wordBox = (await word.boundingBox())!;
    expect(box.y).toBeGreaterThan(wordBox.y);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  });

  test('a screen reader gets a button with its state, and the definition right after it', async ({ page }) => {
    await page.goto(MODULE);
    const term = page.locator('hb-term').first();
    await term.getByRole('button').click();
    await expect(term).toMatchAriaSnapshot(`
      - button /.+/ [expanded]
      - dialog /.+/:
        - strong: /.+\\(.+\\)/
        - link "อ่านในอภิธานศัพท์"
        - button "ปิดคำอธิบาย"
    `);
  });

  test('fall back to the glossary link without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(MODULE);
    const link = page.locator('hb-term a.term').first();
    await expect(link).toHaveAttribute('href', /\/glossary\/#[a-z0-9-]+$/);
    await expect(page.locator('.term-def').first()).toBeHidden();
    await link.click();
    await expect(page).toHaveURL(/\/glossary\/#[a-z0-9-]+$/);
    await context.close();
  });
});

test.describe('where the reader is', () => {
  test('continue where you left off, from the home page and the module list @phone', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('hb-continue')).toBeHidden();
    await page.goto(MODULE);
    // Read down to the section on bribery (its heading at the top of the screen).
    await page.locator('#สินบน').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect(page.locator('hb-reading-bar .reading-current')).toContainText('สินบน');
    await page.goto('/');
    const next = page.locator('hb-continue');
    await expect(next).toBeVisible();
    await expect(next).toContainText('อ่านต่อจากที่ค้างไว้');
    await expect(next).toContainText('ทุจริตคืออะไร');
    await expect(next).toContainText('หัวข้อ “สินบน”');
    await next.getByRole('link').click();
    await expect(page).toHaveURL(/\/modules\/what-is-corruption\/#/);
    await expect(page.locator('#สินบน')).toBeInViewport();
    await page.goto('/modules/');
    await expect(page.locator('hb-continue')).toContainText('ทุจริตคืออะไร');
    // Each language keeps its own place.
    await page.goto('/en/');
    await expect(page.locator('hb-continue')).toBeHidden();
  });

  test('read and quiz-score badges on the module cards and the home list', async ({ page, context }) => {
    await context.addInitScript(() => {
      const progress = {
        v: 1,
        read: { 'what-is-corruption': '2026-12-01T08:00:00.000Z' },
        quizzes: {
          'th/what-is-corruption': { answers: { q1: ['0'] }, last: 3, best: 4, total: 5, updated: '2026-12-01T08:10:00.000Z' },
        },
      };
      localStorage.setItem('hb.progress', JSON.stringify(progress));
    });
    await page.goto('/modules/');
    const card = page.locator('ol.module-list > li').first();
    await expect(card.locator('hb-module-badges')).toHaveText(/✓ อ่านแล้ว\s*แบบทดสอบ 4\/5/);
    await expect(page.locator('ol.module-list > li').nth(1).locator('hb-module-badges')).toBeHidden();
    await page.goto('/');
    await expect(page.locator('hb-module-badges').first()).toContainText('แบบทดสอบ 4/5');
    // The English pages keep English quiz scores apart.
    await page.goto('/en/modules/');
    await expect(page.locator('ol.module-list > li').first().locator('hb-module-badges')).toHaveText('✓ Read');
  });

  test('the pre-test, post-test and progress are one tap from the home page and the module list @phone', async ({ page }) => {
    for (const path of ['/', '/modules/']) {
      await page.goto(path);
      const section = page.getByRole('region', { name: 'แบบทดสอบและความก้าวหน้า' });
      await expect(section.getByRole('link', { name: 'แบบทดสอบก่อนการอบรม' })).toHaveAttribute('href', '/test/pre/');
      await expect(section.getByRole('link', { name: 'แบบทดสอบหลังการอบรม' })).toHaveAttribute('href', '/test/post/');
      await expect(section.getByRole('link', { name: 'ความก้าวหน้าของฉัน' })).toHaveAttribute('href', '/progress/');
    }
    await page.getByRole('region', { name: 'แบบทดสอบและความก้าวหน้า' }).getByRole('link', { name: 'แบบทดสอบก่อนการอบรม' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('แบบทดสอบก่อนการอบรม');
  });
});

test('no chapter scrolls sideways on a phone (long source addresses wrap) @phone', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'phone layout');
  for (const list of ['/modules/', '/en/modules/', '/sessions/', '/en/sessions/']) {
    await page.goto(list);
    const chapters = await page
      .locator('main a[href*="/modules/"], main a[href*="/sessions/"]')
      .evaluateAll((links) => [
        ...new Set(
          links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).filter((p) => /\/(modules|sessions)\/[a-z0-9-]+\/$/.test(p)),
        ),
      ]);
    expect(chapters.length).toBeGreaterThan(4);
    for (const path of chapters) {
      await page.goto(path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
  }
});
