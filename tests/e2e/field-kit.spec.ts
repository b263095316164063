/**
 * The field kit as a team and a zone committee use it, on a phone (Pixel 7): a site checklist
 * filled in offline with two photos, kept through reloads, printed to PDF and read back; the day's
 * work shared as one file; a second phone importing it with a second team's file; damaged, foreign
 * and newer files refused; a full device refusing a change without losing what was saved.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devices, expect, test, type Page } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { crc32, packBundle, unpackBundle } from '../../src/lib/field-kit/bundle.ts';
import { RECORD_SCHEMA_VERSION, type FieldRecord } from '../../src/lib/field-kit/record.ts';
import { parseCsv } from '../../src/lib/field-kit/csv.ts';
import { withExif } from '../fixtures/field-kit/exif.ts';
import { axeProblems } from './helpers/site.ts';
import { savePack } from './helpers/offline.ts';

const CHECKLIST = '/forms/site-inspection-checklist/';
/** Files the tests make and read (PDFs, shared files, CSV), under test-results/. */
function work(name: string): string {
  const dir = join('test-results', 'field-kit-files');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
/** The day's file the team shares, handed from the team's test to the zone's. */
let dayFile = '';

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => !isMobile, 'the field kit is proved on the phone profile');
// Photos carry the camera's time (10:42 in Khon Kaen); the phone shows it in its own time zone.
test.use({ timezoneId: 'Asia/Bangkok' });

/** Two "camera" photos, 3000 × 2000, drawn in the browser; the first carries Exif time and place. */
async function cameraPhotos(page: Page): Promise<Array<{ name: string; mimeType: string; buffer: Buffer }>> {
  const base64 = await page.evaluate(() => {
    const shots: string[] = [];
    for (const colour of ['#6b8e23', '#8b5a2b']) {
      const canvas = document.createElement('canvas');
      canvas.width = 3000;
      canvas.height = 2000;
      const c = canvas.getContext('2d')!;
      c.fillStyle = colour;
      c.fillRect(0, 0, 3000, 2000);
      c.fillStyle = '#fff';
      c.font = '200px sans-serif';
      c.fillText('ป้ายโครงการ', 300, 1000);
      // The JPEG as base64, the form in which it leaves the browser.
      shots.push(canvas.toDataURL('image/jpeg', 0.92).split(',')[1]!);
    }
    return shots;
  });
  const [first, second] = base64.map((b) => new Uint8Array(Buffer.from(b, 'base64')));
  const tagged = withExif(first!, {
    taken: '2025:09:14 10:42:05',
    offset: '+07:00',
    gps: { lat: [16, 26, 24], lon: [102, 50, 6], latRef: 'N', lonRef: 'E' },
  });
  return [
    { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(tagged) },
    { name: 'IMG_0002.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(second!) },
  ];
}

/** A photo of fine detail (noise), 3000 × 2000: even made smaller it stays large, about 1 MB. */
async function noisyPhoto(page: Page): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 2000;
    const c = canvas.getContext('2d')!;
    const image = c.createImageData(3000, 2000);
    let seed = 7;
    for (let i = 0; i < image.data.length; i += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      image.data[i] = i % 4 === 3 ? 255 : seed & 0xff;
    }
    c.putImageData(image, 0, 0);
    return canvas.toDataURL('image/jpeg', 0.92).split(',')[1]!;
  });
  return { name: 'IMG_0009.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') };
}

/** The text of a PDF laid out as printed, with its white space folded to single spaces. */
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Every one of `expected` stands somewhere in `text`. */
function expectAllIn(text: string, expected: readonly string[]): void {
  for (const part of expected) expect(text).toContain(part);
}

/** A choice inside one row of a checklist ("มีป้ายโครงการ…" → "มี"). */
const choose = (page: Page, row: string, option: string) =>
  page.getByRole('group', { name: row, exact: true }).getByRole('radio', { name: option, exact: true }).check();

async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('.fk-status')).toHaveText(/^บันทึกในเครื่องแล้ว/);
}

/** The records as the device holds them (read straight from IndexedDB, once the page has made it). */
function stored(page: Page): Promise<FieldRecord[]> {
  return page.evaluate(
    () =>
      new Promise<FieldRecord[]>((resolve, reject) => {
        const open = indexedDB.open('hb-field-kit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as FieldRecord[]);
          };
        };
      }),
  );
}

test('a team, offline: fills a site checklist with two photos, keeps it through a reload, prints it, drafts a complaint letter and shares the day’s work @phone', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await test.step('fill a checklist offline with two photos; a reload keeps everything', async () => {
    await page.goto(CHECKLIST);
    // The team keeps the Thai pages on the phone before going out (the offline panel asks first).
    await savePack(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.fk-status')).toHaveText('บันทึกใหม่ ยังไม่ได้พิมพ์อะไร');

    await page.getByLabel('ทีมที่', { exact: true }).fill('12');
    await page.getByLabel('เขต', { exact: true }).fill('3');
    const date = page.locator('[data-fk-date="general.date"]');
    await date.getByLabel('วัน', { exact: true }).fill('14');
    await date.getByLabel('เดือน').selectOption({ label: 'กันยายน' });
    await date.getByLabel('ปี พ.ศ.').fill('2568');
    await page.getByLabel('จุดที่ (1–5) ของวันนี้').fill('2');
    await page.getByLabel('สถานที่ (หมู่บ้าน ตำบล อำเภอ)').fill('บ้านดอนแก้วน้อย ต.หนองโพธิ์งาม');
    await page.getByLabel('ชื่อโครงการ (ตามป้ายหรือเอกสาร)').fill('ถนนคอนกรีตสายบ้านดอนแก้วน้อย–บ้านโคกสำราญใหม่');
    await choose(page, 'มีป้ายโครงการติดตั้งที่หน้างาน', 'มี');
    await page.getByRole('group', { name: 'ปริมาณงาน', exact: true }).getByLabel('ป้ายเขียนว่า').fill('ยาว 600 เมตร กว้าง 5 เมตร');
    await choose(page, 'ขนาดหรือปริมาณงานที่เห็น เทียบกับป้ายหรือเอกสาร', 'ไม่ตรง');
    await page
      .getByRole('group', { name: 'ขนาดหรือปริมาณงานที่เห็น เทียบกับป้ายหรือเอกสาร', exact: true })
      .getByLabel('สิ่งที่เห็น (เขียนตามจริง)')
      .fill('เดินวัดได้ประมาณ 540 เมตร');
    await choose(page, 'สภาพที่เห็นด้วยตา (เช่น รอยแตก น้ำขัง ชิ้นส่วนหลุด)', 'ตรวจไม่ได้');
    await page.getByRole('group', { name: 'ผลโดยรวมของจุดนี้' }).getByRole('radio', { name: 'มีข้อสงสัย ต้องตรวจต่อ' }).check();
    const more = page.getByRole('group', { name: 'ขอเอกสารเพิ่มจากหน่วยงานเจ้าของโครงการ', exact: true });
    await more.getByLabel('ต้องทำ').check();
    await more.getByLabel('ใครทำ').fill('ครูมาลี');
    await waitSaved(page);
    await expect.poll(async () => (await stored(page))[0]?.values['followUp.actions.moreDocuments.who']).toBe('ครูมาลี');
    expect(page.url()).toMatch(/\?record=[0-9a-f-]{36}$/);

    // Two photos from the gallery: made smaller on the phone, the first with its Exif time.
    await expect(page.getByRole('note').filter({ hasText: 'ถ่ายงาน ไม่ถ่ายคน' })).toBeVisible();
    await page.locator('[data-fk-gallery]').setInputFiles(await cameraPhotos(page));
    await expect(page.locator('.fk-photo-status')).toHaveText('เพิ่มภาพแล้ว 2 ภาพ', { timeout: 30_000 });
    await page.getByLabel('ภาพนี้ถ่ายอะไร จากมุมไหน').first().fill('ป้ายโครงการหน้าวัด');
    await expect.poll(async () => (await stored(page))[0]?.photos[0]?.caption).toBe('ป้ายโครงการหน้าวัด');

    await page.reload();
    await expect(page.locator('.fk-status')).toHaveText(/^แก้ไขล่าสุด/);
    await expect(page.getByLabel('ทีมที่', { exact: true })).toHaveValue('12');
    await expect(date.getByLabel('ปี พ.ศ.')).toHaveValue('2568');
    await expect(date.getByLabel('เดือน')).toHaveValue('9');
    await expect(
      page.getByRole('group', { name: 'มีป้ายโครงการติดตั้งที่หน้างาน', exact: true }).getByRole('radio', { name: 'มี', exact: true }),
    ).toBeChecked();
    await expect(
      page.getByRole('group', { name: 'ขนาดหรือปริมาณงานที่เห็น เทียบกับป้ายหรือเอกสาร', exact: true }).getByRole('radio', { name: 'ไม่ตรง' }),
    ).toBeChecked();
    await expect(more.getByLabel('ใครทำ')).toHaveValue('ครูมาลี');
    const photos = page.locator('.fk-photo-list li');
    await expect(photos).toHaveCount(2);
    await expect(page.getByLabel('ภาพนี้ถ่ายอะไร จากมุมไหน').first()).toHaveValue('ป้ายโครงการหน้าวัด');
    // The time comes from the photo's own data (10:42 in Bangkok), not from the moment it was added.
    await expect(photos.first()).toContainText('ถ่ายเมื่อ 14 ก.ย. 2568');
    await expect(photos.first()).toContainText('10:42');
    const sizes = await photos
      .locator('img')
      .evaluateAll((imgs) => imgs.map((i) => [(i as HTMLImageElement).naturalWidth, (i as HTMLImageElement).naturalHeight]));
    expect(sizes).toEqual([
      [1600, 1067],
      [1600, 1067],
    ]);
    // No location unless the person allowed it.
    await expect(photos.first()).not.toContainText('ตำแหน่ง');
    expect(await axeProblems(page)).toEqual([]);
    await context.setOffline(false);
  });
  await test.step('print it to PDF and read it back: a clean A4 record with its photos', async () => {
    await page.goto('/forms/');
    await page.getByRole('link', { name: /ทีม 12 · จุดที่ 2/ }).click();
    await expect(page.locator('.fk-status')).toHaveText(/^แก้ไขล่าสุด/);
    // The print button fills the paper form and opens the print dialog; the PDF is what it prints.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'พิมพ์หรือบันทึกเป็น PDF' }).click();
    await expect(page.locator('.fk-print-only .fk-photo-grid img')).toHaveCount(2);
    const pdf = work('checklist.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const text = pdfText(pdf);
    expectAllIn(text, [
      'แบบตรวจสอบจุดโครงการ',
      'ส่วนที่ 1 ข้อมูลทั่วไป',
      'บ้านดอนแก้วน้อย',
      '14 กันยายน 2568',
      'ยาว 600 เมตร กว้าง 5 เมตร',
      'เดินวัดได้ประมาณ 540',
      'ครูมาลี',
      'ภาพที่ 1: ป้ายโครงการหน้าวัด',
      'ถ่ายเมื่อ',
      'พิมพ์เมื่อ',
    ]);
    // A clean record: no site menu, no phone form, no instructions.
    for (const absent of ['เมนูหลัก', 'เริ่มบันทึกใหม่', 'วิธีใช้', 'เลือกจากคลังภาพ']) expect(text).not.toContain(absent);
    expect(text).toContain('☑');
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(2);
  });
  await test.step('send the site record through the phone’s share sheet', async () => {
    // Headless Chromium has no share sheet: stand in for it and look at what the page hands over.
    await page.evaluate(() => {
      const shared: string[] = [];
      (window as unknown as { shared: string[] }).shared = shared;
      navigator.canShare = (data?: ShareData) => (data?.files?.length ?? 0) > 0;
      navigator.share = async (data?: ShareData) => {
        const file = data!.files![0]!;
        shared.push(`${file.name} ${file.type} ${file.size}`);
      };
    });
    await page.getByRole('button', { name: 'ส่งบันทึกนี้เป็นไฟล์' }).click();
    await expect(page.locator('.fk-status')).toHaveText(/^ส่งไฟล์ kk-field-site-inspection-checklist-\d{4}-\d{2}-\d{2}\.zip แล้ว$/);
    const shared = await page.evaluate(() => (window as unknown as { shared: string[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatch(/^kk-field-site-inspection-checklist-\d{4}-\d{2}-\d{2}\.zip application\/zip \d+$/);
    await expect(page.locator('.fk-storage')).toContainText('ใช้พื้นที่ในเครื่อง');
  });
  await test.step('print a complaint draft as a letter ready to sign', async () => {
    await page.goto('/forms/complaint-draft/');
    await page.getByLabel('เขียนที่').fill('บ้านเลขที่ 12 หมู่ 3 ต.หนองโพธิ์งาม');
    await page.getByLabel('เรื่อง', { exact: true }).fill('นายก อบต. หนองโพธิ์งาม');
    await page.getByRole('group', { name: 'เรื่องที่กล่าวหา' }).getByRole('checkbox', { name: 'ทุจริตต่อหน้าที่' }).check();
    await page.getByLabel('ชื่อผู้กล่าวหา').fill('นางสาวอรทัย ใจงาม');
    await waitSaved(page);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'พิมพ์เป็นหนังสือพร้อมลงชื่อ' }).click();
    const pdf = work('letter.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const text = pdfText(pdf);
    expectAllIn(text, [
      'เขียนที่ บ้านเลขที่ 12 หมู่ 3',
      'ขอร้องเรียนกล่าวหา นายก อบต. หนองโพธิ์งาม',
      'เรียน เลขาธิการคณะกรรมการ ป.ป.ช.',
      '☑ ทุจริตต่อหน้าที่',
      'ขอแสดงความนับถือ',
      '(นางสาวอรทัย ใจงาม)',
    ]);
    // The checks before sending and the follow-up log are not part of the letter.
    expect(text).not.toContain('ตรวจก่อนส่ง');
    expect(text).not.toContain('บันทึกการติดตามเรื่อง');
  });
  await test.step('share the day’s work as one file, without the complaint draft', async () => {
    await page.goto('/forms/');
    const day = page.locator('.fk-day').filter({ hasText: 'งานของวันที่ 14 กันยายน 2568' });
    await expect(day).toContainText('ทีม 12 · จุดที่ 2');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      day.getByRole('button', { name: /^ส่งงานของวันที่ 14 กันยายน 2568/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kk-field-team12-2025-09-14.zip');
    dayFile = work(download.suggestedFilename());
    await download.saveAs(dayFile);
    await expect(day.getByRole('status')).toContainText('kk-field-team12-2025-09-14.zip');
    const unpacked = unpackBundle(new Uint8Array(readFileSync(dayFile)));
    expect(unpacked.ok).toBe(true);
    if (!unpacked.ok) return;
    expect(unpacked.records.map((r) => r.form)).toEqual(['site-inspection-checklist']);
    expect(unpacked.photos.size).toBe(2);
    expect(unpacked.records[0]!.values['general.team']).toBe('12');
  });
});

/** A second team's file: team 7, one site with nothing unusual, one photo. */
function secondTeamFile(): string {
  const record: FieldRecord = {
    schema: RECORD_SCHEMA_VERSION,
    id: '7e7e7e7e-0000-4000-8000-000000000007',
    form: 'site-inspection-checklist',
    lang: 'th',
    createdAt: '2025-09-14T02:00:00.000Z',
    updatedAt: '2025-09-14T09:00:00.000Z',
    values: {
      'general.team': '7',
      'general.zone': '3',
      'general.date': '2025-09-14',
      'general.siteNo': '1',
      'general.place': 'บ้านโคกสำราญใหม่',
      'general.project': 'ฝายชะลอน้ำห้วยทราย',
      'followUp.overall': 'clear',
      'observed.findings.size.finding': 'match',
    },
    photos: [
      {
        id: '7e7e7e7e-0000-4000-8000-0000000000aa',
        field: 'photos.list',
        caption: 'ฝายมองจากฝั่งซ้าย',
        width: 1600,
        height: 1200,
        bytes: 6,
        type: 'image/jpeg',
      },
    ],
  };
  const file = work('kk-field-team7-2025-09-14.zip');
  writeFileSync(file, packBundle([record], new Map([[record.photos[0]!.id, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])]])));
  return file;
}

test('a zone committee imports two teams’ files on another phone, sees one table, filters it and exports CSV @phone', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  expect(dayFile).not.toBe('');
  const context = await browser.newContext({ ...devices['Pixel 7'], acceptDownloads: true });
  const page = await context.newPage();
  // Installed on the home screen, the handbook offers the field kit and the zone page as their own entries.
  const app = (await (await page.request.get('/manifest.webmanifest')).json()) as { shortcuts: Array<{ name: string; url: string }> };
  expect(app.shortcuts.map((s) => [s.name, s.url])).toEqual([
    ['แบบฟอร์มภาคสนาม', '/forms/'],
    ['รวมผลการตรวจของเขต', '/forms/zone/'],
  ]);
  await page.goto('/forms/zone/');
  await expect(page.getByText('ยังไม่มีข้อมูล นำเข้าไฟล์จากทีมก่อน')).toBeVisible();
  const second = secondTeamFile();
  // Any number of files in any order; the same file twice does no harm.
  await page.getByLabel('เลือกไฟล์จากทีม').setInputFiles([second, dayFile, dayFile]);
  const messages = page.locator('.zone-messages li');
  await expect(messages).toHaveCount(3);
  await expect(messages.nth(0)).toHaveText('kk-field-team7-2025-09-14.zip: นำเข้า 1 บันทึก (ใหม่ 1, ปรับเป็นฉบับล่าสุด 0, ซ้ำ 0)');
  await expect(messages.nth(2)).toHaveText('kk-field-team12-2025-09-14.zip: นำเข้า 1 บันทึก (ใหม่ 0, ปรับเป็นฉบับล่าสุด 0, ซ้ำ 1)');
  const rows = page.locator('.zone-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(page.locator('.zone-count')).toHaveText('ทั้งหมด 2 จุด จาก 2 ทีม · แสดง 2 จุด');
  await expect(rows.nth(0)).toContainText('ฝายชะลอน้ำห้วยทราย');
  await expect(rows.nth(1)).toContainText('ขนาดหรือปริมาณงานที่เห็น เทียบกับป้ายหรือเอกสาร');
  await expect(rows.nth(1)).toContainText('ขอเอกสารเพิ่มจากหน่วยงานเจ้าของโครงการ (ครูมาลี)');

  expect(await axeProblems(page)).toEqual([]);
  await page.getByLabel('ผลโดยรวม').selectOption({ label: 'มีรายการไม่ตรงสัญญา' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('มีข้อสงสัย ต้องตรวจต่อ');
  await page.getByLabel('ผลโดยรวม').selectOption('');
  await page.getByLabel('ทีม', { exact: true }).selectOption({ label: 'ทีม 7' });
  await expect(rows).toHaveCount(1);
  await page.getByLabel('ทีม', { exact: true }).selectOption('');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกเป็น CSV' }).click()]);
  const csvFile = work('zone.csv');
  await download.saveAs(csvFile);
  const csv = readFileSync(csvFile, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const table = parseCsv(csv);
  expect(table).toHaveLength(3);
  expect(table[0]!.slice(0, 7)).toEqual(['ทีม', 'เขต', 'วันที่', 'จุดที่', 'สถานที่', 'โครงการ', 'ผลโดยรวม']);
  expect(table[1]!.slice(0, 7)).toEqual(['7', '3', '14/09/2568', '1', 'บ้านโคกสำราญใหม่', 'ฝายชะลอน้ำห้วยทราย', 'ไม่พบสิ่งผิดปกติ']);
  expect(table[2]!.slice(0, 3)).toEqual(['12', '3', '14/09/2568']);
  expect(table[2]![7]).toBe('ขนาดหรือปริมาณงานที่เห็น เทียบกับป้ายหรือเอกสาร');
  expect(table[2]![8]).toBe('สภาพที่เห็นด้วยตา (เช่น รอยแตก น้ำขัง ชิ้นส่วนหลุด)');
  expect(table[2]![9]).toBe('2');

  // Damaged, foreign and newer files: a clear message each, and the table as it was.
  const bytes = readFileSync(dayFile);
  const cut = work('cut-short.zip');
  writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const foreign = work('photos-from-line.zip');
  writeFileSync(foreign, zipSync({ 'IMG_0003.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) }));
  const entries = unzipSync(new Uint8Array(bytes));
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  const newer = work('from-a-newer-handbook.zip');
  writeFileSync(newer, zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify({ ...manifest, schema: manifest.schema + 1 })) }));
  await page.getByLabel('เลือกไฟล์จากทีม').setInputFiles([cut, foreign, newer]);
  await expect(messages).toHaveCount(3);
  await expect(messages.nth(0)).toHaveText('cut-short.zip: ไฟล์เสียหายหรือไม่ครบ ไม่ได้นำเข้าอะไรเลย ขอให้ทีมส่งไฟล์ใหม่');
  await expect(messages.nth(1)).toHaveText('photos-from-line.zip: ไม่ใช่ไฟล์บันทึกภาคสนามจากคู่มือนี้ ไม่ได้นำเข้าอะไรเลย');
  await expect(messages.nth(2)).toContainText('from-a-newer-handbook.zip: ไฟล์นี้มาจากคู่มือรุ่นใหม่กว่าที่เปิดอยู่ ไม่ได้นำเข้าอะไรเลย');
  await expect(rows).toHaveCount(2);
  await page.reload();
  await expect(rows).toHaveCount(2);
  expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  await context.close();
});

test('a full device refuses a new photo whole and keeps everything saved before @phone', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  // No service worker here, so that nothing else fills the storage meanwhile.
  const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'block' });
  const page = await context.newPage();
  // The browser lets this site keep only 600 KB: a record and a small photo fit, a large photo does not.
  // (Chromium reads the limit when the site's storage is first made, so it is set before the first visit.)
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 600_000 });
  await page.goto(CHECKLIST);
  await page.getByLabel('ทีมที่', { exact: true }).fill('5');
  await page.getByLabel('สถานที่ (หมู่บ้าน ตำบล อำเภอ)').fill('บ้านหนองแวง');
  await waitSaved(page);
  const [small] = await cameraPhotos(page);
  await page.locator('[data-fk-gallery]').setInputFiles([small!]);
  await expect(page.locator('.fk-photo-status')).toHaveText('เพิ่มภาพแล้ว 1 ภาพ', { timeout: 30_000 });

  await page.locator('[data-fk-gallery]').setInputFiles([await noisyPhoto(page)]);
  await expect(page.locator('.fk-status')).toHaveText(/^ยังไม่ได้บันทึก: พื้นที่เก็บข้อมูลในเครื่องเต็ม สิ่งที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ/, {
    timeout: 30_000,
  });
  await expect(page.locator('.fk-photo-list li')).toHaveCount(1);

  await page.reload();
  await expect(page.locator('.fk-status')).toHaveText(/^แก้ไขล่าสุด/);
  await expect(page.getByLabel('ทีมที่', { exact: true })).toHaveValue('5');
  await expect(page.getByLabel('สถานที่ (หมู่บ้าน ตำบล อำเภอ)')).toHaveValue('บ้านหนองแวง');
  await expect(page.locator('.fk-photo-list li')).toHaveCount(1);
  await expect(page.locator('.fk-photo-list img')).toHaveJSProperty('complete', true);
  // Nothing half-saved: the record lists one photo, and one photo is stored.
  const records = await stored(page);
  expect(records.map((r) => r.photos.length)).toEqual([1]);
  const blobs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('hb-field-kit');
        open.onsuccess = () => {
          const request = open.result.transaction('photos').objectStore('photos').count();
          request.onsuccess = () => resolve(request.result);
        };
      }),
  );
  expect(blobs).toBe(1);

  // Even on the full device, removing the photo takes it out of the record and off the device, and deleting the record empties the form.
  await page.getByRole('button', { name: 'ลบภาพที่ 1' }).click();
  await expect(page.locator('.fk-photo-list li')).toHaveCount(0);
  await expect.poll(async () => (await stored(page)).map((r) => r.photos.length)).toEqual([0]);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'ลบบันทึกนี้' }).click();
  await expect(page.locator('.fk-status')).toHaveText('ลบบันทึกแล้ว');
  await expect(page.getByLabel('ทีมที่', { exact: true })).toHaveValue('');
  expect(await stored(page)).toEqual([]);
  expect(page.url()).not.toContain('record=');
  await context.close();
});

test('a photo’s location is kept only when the person allows it: from the photo’s own data, or from the phone for a photo just taken @phone', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'block', timezoneId: 'Asia/Bangkok' });
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 16.43, longitude: 102.82, accuracy: 12 });
  const page = await context.newPage();
  await page.goto(CHECKLIST);
  await page.getByLabel('บันทึกตำแหน่งที่ถ่ายภาพด้วย (เบราว์เซอร์จะขออนุญาต)').check();
  const [fromGallery, fromCamera] = await cameraPhotos(page);
  await page.locator('[data-fk-gallery]').setInputFiles([fromGallery!]);
  await expect(page.locator('.fk-photo-status')).toHaveText('เพิ่มภาพแล้ว 1 ภาพ', { timeout: 30_000 });
  await page.locator('[data-fk-camera]').setInputFiles([fromCamera!]);
  await expect(page.locator('.fk-photo-list li')).toHaveCount(2, { timeout: 30_000 });
  const photos = page.locator('.fk-photo-list li');
  // The gallery photo carries its own position (where it was taken), not where the phone is now.
  await expect(photos.nth(0)).toContainText('ตำแหน่ง 16.44000, 102.83500');
  await expect(photos.nth(1)).toContainText('ตำแหน่ง 16.43000, 102.82000');
  // The choice is remembered on this device.
  await page.reload();
  await expect(page.getByLabel('บันทึกตำแหน่งที่ถ่ายภาพด้วย (เบราว์เซอร์จะขออนุญาต)')).toBeChecked();
  await context.close();
});
