/**
 * How big the file a field team shares is: the field kit itself (in the browser, on the built
 * site) fills a site checklist, adds two camera-sized photos (4000 × 3000, drawn with the fine
 * detail and noise of a real photo, so they compress like one), and makes the file it would send.
 */
import type { Browser } from 'playwright-core';

export async function sharedFileWeight(
  browser: Browser,
  baseUrl: string,
): Promise<{ file: number; photos: number[]; originals: number[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 915 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/forms/site-inspection-checklist/`);
    await page.locator('#fk-general-team').fill('12');
    const photos = await page.evaluate(() => {
      const out: string[] = [];
      for (const seed of [1, 2]) {
        const canvas = document.createElement('canvas');
        canvas.width = 4000;
        canvas.height = 3000;
        const c = canvas.getContext('2d')!;
        const sky = c.createLinearGradient(0, 0, 0, 1400);
        sky.addColorStop(0, '#7fb2e5');
        sky.addColorStop(1, '#dbe9f4');
        c.fillStyle = sky;
        c.fillRect(0, 0, 4000, 1400);
        c.fillStyle = '#8a8478';
        c.fillRect(0, 1400, 4000, 1600);
        let r = seed * 9973;
        const rand = () => (r = (r * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
        for (let i = 0; i < 400; i += 1) {
          c.fillStyle = `hsl(${Math.floor(rand() * 120)}, ${20 + Math.floor(rand() * 40)}%, ${25 + Math.floor(rand() * 45)}%)`;
          c.fillRect(rand() * 4000, 1000 + rand() * 2000, 20 + rand() * 300, 10 + rand() * 200);
        }
        const image = c.getImageData(0, 0, 4000, 3000);
        for (let i = 0; i < image.data.length; i += 4) {
          const n = (rand() - 0.5) * 36;
          image.data[i] = Math.max(0, Math.min(255, image.data[i]! + n));
          image.data[i + 1] = Math.max(0, Math.min(255, image.data[i + 1]! + n));
          image.data[i + 2] = Math.max(0, Math.min(255, image.data[i + 2]! + n));
        }
        c.putImageData(image, 0, 0);
        // The JPEG as base64, the form in which it leaves the browser.
        out.push(canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!);
      }
      return out;
    });
    const files = photos.map((b, i) => ({ name: `IMG_000${i + 1}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(b, 'base64') }));
    await page.locator('[data-fk-gallery]').setInputFiles(files);
    await page.locator('.fk-photo-status').filter({ hasText: /2/ }).waitFor({ timeout: 60_000 });
    const kept = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const open = indexedDB.open('hb-field-kit');
          open.onsuccess = () => {
            const request = open.result.transaction('photos').objectStore('photos').getAll();
            request.onsuccess = () => resolve((request.result as Array<{ blob: Blob }>).map((p) => p.blob.size));
          };
        }),
    );
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-fk-action="share"]').click()]);
    const stream = await download.createReadStream();
    let size = 0;
    for await (const chunk of stream) size += (chunk as Buffer).length;
    return { file: size, photos: kept, originals: files.map((f) => f.buffer.length) };
  } finally {
    await context.close();
  }
}
