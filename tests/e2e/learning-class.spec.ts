/**
 * The trainer's class results page, as a trainer uses it in a hall with no network: results come
 * from a trainee's phone (typed code), from a photo of a QR code and from the camera (a fake camera
 * stream showing a QR code); duplicates, conflicts and corrupted codes are refused with a message;
 * nothing is lost on reload; the report, the CSV, the class file, broken storage; certificates
 * printed to PDF and read back. Also: only this page loads the QR reader.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import encodeQR from 'qr';
import { resolveBrowser } from '../../src/integrations/browser.ts';
import { encodeResult, qrText, type QuestionShape } from '../../src/lib/learning/result-code.ts';
import { axeProblems } from './helpers/site.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const classHtml = readFileSync(join(outDir, 'facilitator/class/index.html'), 'utf8');
const shape = JSON.parse(
  (/data-shape="([^"]*)"/.exec(classHtml)?.[1] ?? '[]')
    .replace(/&quot;/g, '"')
    .replace(/&#34;/g, '"')
    .replace(/&amp;/g, '&'),
) as QuestionShape[];

/** Answers with the first `right` questions right and the others wrong. */
const answers = (right: number) =>
  shape.map((q, i) => (i < right ? [...q.key] : [[...Array(q.options).keys()].find((o) => !q.key.includes(o)) ?? 0]));
const code = (team: number, seat: number, phase: 'pre' | 'post', right: number) =>
  encodeResult({ team, seat, phase, answers: answers(right) }, shape);

// Participant 1-1: pre-test from a real trainee page (typed); post-test 12/15 from a photo, with a name.
// Participant 1-2: post-test 9/15 from the camera. Participant 2-1: pre-test 4/15, typed (no certificate).
const onePost = code(1, 1, 'post', 12);
const twoPost = code(1, 2, 'post', 9);
const threePre = code(2, 1, 'pre', 4);

const work = mkdtempSync(join(tmpdir(), 'hb-class-'));
const photo = join(work, 'qr.gif');
writeFileSync(photo, encodeQR(qrText(onePost, 'สมศรี ใจดี'), 'gif', { scale: 6, border: 4, ecc: 'medium' }));

/** A Y4M video (what Chromium's fake camera plays) of one frame: the QR code on white, in grey levels. */
function y4m(text: string, width = 640, height = 480): Buffer {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
  const scale = Math.floor(Math.min(width, height) / modules.length / 1.4);
  const left = Math.floor((width - modules.length * scale) / 2);
  const top = Math.floor((height - modules.length * scale) / 2);
  const y = Buffer.alloc(width * height, 235);
  modules.forEach((row, my) =>
    row.forEach((dark, mx) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        y.fill(16, (top + my * scale + dy) * width + left + mx * scale, (top + my * scale + dy) * width + left + (mx + 1) * scale);
    }),
  );
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), y, chroma]);
}
const camera = join(work, 'camera.y4m');
writeFileSync(camera, y4m(twoPost));

const { executablePath, args } = await resolveBrowser();

async function takePreTest(page: Page, team: string, seat: string, right: number): Promise<string> {
  await page.goto('/test/pre/');
  await page.getByLabel('หมายเลขทีม').fill(team);
  await page.getByLabel('หมายเลขที่นั่ง').fill(seat);
  await page.getByRole('button', { name: 'เริ่มทำแบบทดสอบ' }).click();
  for (const [i, q] of shape.entries()) {
    const fieldset = page.locator(`fieldset.test-q[data-id="${q.id}"]`);
    for (const o of answers(right)[i] ?? []) await fieldset.locator('input').nth(o).check();
  }
  await page.getByRole('button', { name: 'ส่งคำตอบ' }).click();
  return (await page.locator('.card-code').textContent()) ?? '';
}

function scriptsLoaded(page: Page): string[] {
  const list: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') list.push(new URL(r.url()).pathname);
  });
  return list;
}

// Chromium's fake camera plays the video file: a trainee's QR code held up to the camera.
test.use({
  launchOptions: {
    executablePath,
    args: [...args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${camera}`],
  },
});

test.describe('class results', () => {
  test('a trainer collects results by typing, by photo and by camera, refuses doubles and typos, and keeps them', async ({
    page,
    browser,
    context,
  }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(['camera']);
    page.on('dialog', (d) => void d.accept());
    const status = page.locator('.class-status');
    const scripts = scriptsLoaded(page);

    // A trainee takes the pre-test on their phone and reads the code out.
    const phone = await browser.newContext({ viewport: { width: 412, height: 915 } });
    const trainee = await phone.newPage();
    const onePre = await takePreTest(trainee, '1', '1', 6);
    await phone.close();
    expect(onePre).toMatch(/^1[0-9A-Z]{3}(-[0-9A-Z]{4}){3}$/);

    await page.goto('/facilitator/class/');
    await expect(page.getByText('ยังไม่มีผล เริ่มด้วยการสแกนหรือพิมพ์รหัสผล')).toBeVisible();
    expect(scripts.some((s) => /qr-reader|decode/.test(s))).toBe(false);
    const typeCode = async (text: string) => {
      await page.getByLabel('พิมพ์รหัสผล (ตัวเลขและตัวอักษรภาษาอังกฤษ 16 ตัว)').fill(text);
      await page.getByRole('button', { name: 'เพิ่มผล' }).click();
    };

    // 1. Typed, the way people type: lower case, spaces.
    await typeCode(onePre.toLowerCase().replace(/-/g, ' '));
    await expect(status).toHaveText('เพิ่มแล้ว: ทีม 1 ที่นั่ง 1 แบบทดสอบก่อนอบรม ได้ 6 จาก 15 ข้อ');
    await typeCode(threePre);
    await expect(status).toHaveText('เพิ่มแล้ว: ทีม 2 ที่นั่ง 1 แบบทดสอบก่อนอบรม ได้ 4 จาก 15 ข้อ');

    // 2. A photo of a QR code, which also carries the participant's name.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'อ่านจากรูปถ่ายคิวอาร์โค้ด' }).click();
    await (await chooser).setFiles(photo);
    await expect(status).toHaveText('เพิ่มแล้ว: ทีม 1 ที่นั่ง 1 แบบทดสอบหลังอบรม ได้ 12 จาก 15 ข้อ');
    expect(scripts.some((s) => /qr-reader/.test(s))).toBe(true);

    // 3. The camera, pointed at a trainee's screen.
    await page.getByRole('button', { name: 'สแกนด้วยกล้อง' }).click();
    await expect(page.getByLabel('ภาพจากกล้องสำหรับสแกนคิวอาร์โค้ด')).toBeVisible();
    await expect(status).toHaveText('เพิ่มแล้ว: ทีม 1 ที่นั่ง 2 แบบทดสอบหลังอบรม ได้ 9 จาก 15 ข้อ', { timeout: 20_000 });
    await page.getByRole('button', { name: 'หยุดสแกน' }).click();
    await expect(page.getByRole('button', { name: 'สแกนด้วยกล้อง' })).toBeFocused();

    // Refused: the same code again, another result for a seat and test already in, typos.
    await typeCode(onePre);
    await expect(status).toHaveText('ไม่ได้เพิ่มซ้ำ: รับผลนี้ไว้แล้ว (ทีม 1 ที่นั่ง 1 แบบทดสอบก่อนอบรม)');
    await typeCode(code(1, 1, 'pre', 15));
    await expect(status).toContainText('ไม่ได้เพิ่ม: ทีม 1 ที่นั่ง 1 มีผลแบบทดสอบก่อนอบรมอยู่แล้ว (ได้ 6 จาก 15 ข้อ)');
    const raw = onePre.replace(/-/g, '');
    const typo = `${raw.slice(0, 6)}${raw[6] === 'X' ? 'Y' : 'X'}${raw.slice(7)}`;
    await typeCode(typo);
    await expect(status).toHaveText('รหัสนี้ไม่ถูกต้อง (ตัวตรวจสอบท้ายรหัสไม่ตรง) อาจพิมพ์ผิดหรืออ่านผิดบางตัว ตรวจกับหน้าจอของผู้เข้าอบรมอีกครั้ง');
    await expect(page.getByLabel('พิมพ์รหัสผล (ตัวเลขและตัวอักษรภาษาอังกฤษ 16 ตัว)')).toHaveValue(typo);
    await typeCode(raw.slice(0, 15));
    await expect(status).toHaveText('รหัสผลมี 16 ตัว แต่ที่ใส่มามี 15 ตัว ตรวจรหัสกับหน้าจอของผู้เข้าอบรมอีกครั้ง');

    // The table, after a reload: nothing lost.
    await page.reload();
    const rows = page.locator('.class-table tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(page.getByLabel('ชื่อของทีม 1 ที่นั่ง 1')).toHaveValue('สมศรี ใจดี');
    await expect(rows.nth(0).locator('td').last()).toHaveText('+6');
    await page.getByLabel('ชื่อของทีม 1 ที่นั่ง 2').fill('Somchai Test');
    await page.getByLabel('ชื่อของทีม 1 ที่นั่ง 2').press('Tab');

    // The class report.
    const figure = (name: string) => page.locator(`[data-figure="${name}"]`);
    await expect(figure('participants')).toHaveText('3');
    await expect(figure('pre')).toHaveText('5 จาก 15 ข้อ (2 คน)');
    await expect(figure('post')).toHaveText('10.5 จาก 15 ข้อ (2 คน)');
    await expect(figure('change')).toHaveText('+6 ข้อ (จาก 1 คนที่ทำทั้งสองครั้ง)');
    await expect(figure('improved')).toHaveText('ร้อยละ 100 (1 จาก 1 คน)');
    // Question 5 was right in one pre-test of two; question 7 in no pre-test and in both post-tests.
    const question = (n: number) =>
      page
        .locator('.report-questions tbody tr')
        .nth(n - 1)
        .locator('td');
    await expect(question(5).nth(1)).toHaveText('50');
    await expect(question(7).nth(1)).toHaveText('0');
    await expect(question(7).nth(2)).toHaveText('100');
    await expect(page.locator('.report-teams tbody tr').first()).toHaveText(/^1\s*2\s*6\s*10\.5\s*\+6\s*100$/);
    await page.screenshot({ path: 'test-results/learning-class-desktop.png', fullPage: true });
    expect(await axeProblems(page)).toEqual([]);

    // CSV: UTF-8 with a byte-order mark, Thai intact.
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'ดาวน์โหลดตาราง (CSV)' }).click();
    const csvFile = await (await csvDownload).path();
    const csv = readFileSync(csvFile);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^ทีม,ที่นั่ง,ชื่อสำหรับเกียรติบัตร,ก่อนอบรม,หลังอบรม,เปลี่ยนแปลง,ก่อนอบรม ข้อ 1,/);
    expect(lines[1]).toBe(`1,1,สมศรี ใจดี,6,12,6,${'1,'.repeat(6)}${'0,'.repeat(9)}${'1,'.repeat(12)}${'0,'.repeat(3).slice(0, -1)}`);
    expect(lines[2]).toMatch(/^1,2,Somchai Test,,9,,/);
    expect(lines[3]).toMatch(/^2,1,,4,,,/);
    expect(lines).toContain('คะแนนเฉลี่ยก่อนอบรม,5');
    expect(lines).toContain('คะแนนเฉลี่ยหลังอบรม,10.5');
    expect(lines).toContain('สัดส่วนผู้ที่คะแนนดีขึ้น,100');

    // Certificate settings, then the certificates as PDF: A4 landscape, one page each, read back.
    await page.getByLabel('วันที่บนเกียรติบัตร').fill('2026-12-01');
    await page.getByLabel('วันที่บนเกียรติบัตร').press('Tab');
    await page.getByRole('link', { name: 'เกียรติบัตรภาษาไทย' }).click();
    await expect(page.locator('.cert-summary')).toHaveText('เกียรติบัตร 2 ใบ');
    await expect(page.locator('.certificate')).toHaveCount(2);
    await page.screenshot({ path: 'test-results/learning-certificates-desktop.png', fullPage: true });
    expect(await axeProblems(page)).toEqual([]);
    const pdf = join(process.env.CERT_PDF_DIR ?? work, 'certificates-th.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2\n/);
    expect(info).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    // Text as read from the PDF, without the line breaks the layout puts in.
    const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .map((p) => p.replace(/\s+/g, ' '));
    expect(pages[0]).toContain('เกียรติบัตร');
    expect(pages[0]).toContain('สมศรี ใจดี');
    expect(pages[1]).toContain('Somchai Test');
    for (const text of pages.slice(0, 2)) {
      expect(text).toContain('1 ธันวาคม พ.ศ. 2569');
      expect(text.replace(/ /g, '')).toContain('พัฒนาเครือข่ายพิทักษ์ทรัพยากรสาธารณะและตรวจสอบการทุจริตจังหวัดขอนแก่น');
      // No signatory in content/data/site.yaml: signature lines with position titles.
      expect(text).toContain('วิทยากร');
      expect(text).toContain('ผู้แทนผู้จัดการอบรม');
    }
    expect(pages.join('')).not.toContain('ทีม 2');

    await page.goto('/en/facilitator/certificates/');
    const enPdf = join(work, 'certificates-en.pdf');
    await page.pdf({ path: enPdf, preferCSSPageSize: true, printBackground: true });
    const en = execFileSync('pdftotext', [enPdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(en).toContain('Certificate of Completion');
    expect(en).toContain('1 December 2026 (B.E. 2569)');
    expect(en).toContain('Developing the network for protecting public resources');

    // The class file: saved, the class cleared, the file opened again.
    await page.goto('/facilitator/class/');
    const fileDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'บันทึกไฟล์ชั้นเรียน' }).click();
    const classFile = join(work, 'class.json');
    await (await fileDownload).saveAs(classFile);
    await page.getByRole('button', { name: 'เริ่มชั้นเรียนใหม่' }).click();
    await expect(rows).toHaveCount(0);
    const opener = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'เปิดไฟล์ชั้นเรียน' }).click();
    await (await opener).setFiles(classFile);
    await expect(status).toHaveText('เปิดไฟล์แล้ว: เพิ่ม 4 ผล มีอยู่แล้ว 0 ผล ขัดกับผลเดิม 0 ผล อ่านไม่ได้ 0 ผล');
    await expect(rows).toHaveCount(3);
    await expect(page.getByLabel('ชื่อของทีม 1 ที่นั่ง 2')).toHaveValue('Somchai Test');

    // Broken storage: a copy is kept aside, the page says so and starts empty; the file brings the class back.
    await page.evaluate(() => localStorage.setItem('hb.class', '{"format":"hb-class","v":1,"results":[{"code":'));
    await page.reload();
    await expect(page.locator('.class-alert')).toContainText('ข้อมูลชั้นเรียนที่เก็บไว้ในเครื่องนี้อ่านไม่ได้');
    expect(await page.evaluate(() => localStorage.getItem('hb.class.unreadable'))).toBe('{"format":"hb-class","v":1,"results":[{"code":');
    await expect(rows).toHaveCount(0);
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'เปิดไฟล์ชั้นเรียน' }).click();
    await (await again).setFiles(classFile);
    await expect(rows).toHaveCount(3);
    await page.reload();
    await expect(rows).toHaveCount(3);
  });
});

test('only the class results page loads the QR reader, and only when it is used', async ({ page }) => {
  const scripts = scriptsLoaded(page);
  for (const path of [
    '/',
    '/modules/what-is-corruption/',
    '/test/pre/',
    '/test/post/',
    '/progress/',
    '/facilitator/',
    '/facilitator/certificates/',
    '/en/facilitator/class/',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts.filter((s) => /qr-reader|decode/.test(s))).toEqual([]);
  const modulePageScripts = scripts.filter((s) => s.endsWith('.js'));
  expect(modulePageScripts.length).toBeGreaterThan(0);
});
