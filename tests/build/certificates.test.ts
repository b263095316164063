/**
 * Certificates with the signatories of content/data/site.yaml: the fixture sets two (invented)
 * signatories, a class with one completed post-test is put on the device, and the printed PDF
 * carries each signatory's name and position in the certificate's language.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../src/integrations/browser.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { emptyClass, serialiseClass, setName } from '../../src/lib/learning/class-store.ts';
import { encodeResult, type QuestionShape } from '../../src/lib/learning/result-code.ts';
import { buildFixtureSite } from './fixture-site.ts';

let out = '';
let server: StaticServer;
beforeAll(async () => {
  ({ out } = buildFixtureSite('hb-certificates-'));
  server = await serveStatic(join(out, 'dist'));
}, 240_000);
afterAll(async () => {
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

/** The class a trainer would have collected: participant 5-3 with a post-test and a name. */
function classWithOneCompleted(): string {
  const html = readFileSync(join(out, 'dist', 'facilitator', 'class', 'index.html'), 'utf8');
  const shape = JSON.parse((/data-shape="([^"]*)"/.exec(html)?.[1] ?? '[]').replace(/&quot;|&#34;/g, '"')) as QuestionShape[];
  const code = encodeResult({ phase: 'post', team: 5, seat: 3, answers: shape.map((q) => [...q.key]) }, shape);
  const data = setName({ ...emptyClass(), results: [{ code, collected: '2026-12-01T09:00:00.000Z' }] }, 5, 3, 'นายสมมุติ ทดสอบ');
  return serialiseClass({ ...data, settings: { date: '2026-12-01', programme: {} } });
}

describe('certificates', () => {
  it('print the signatories of the site settings, with names and positions, in Thai and in English', async () => {
    const { executablePath, args } = await resolveBrowser();
    const browser = await chromium.launch({ executablePath, args });
    try {
      const page = await browser.newPage();
      const stored = classWithOneCompleted();
      await page.addInitScript((value) => localStorage.setItem('hb.class', value), stored);
      const text: Record<string, string> = {};
      for (const [lang, path] of [
        ['th', 'facilitator/certificates/'],
        ['en', 'en/facilitator/certificates/'],
      ] as const) {
        await page.goto(`${server.url}${path}`);
        await page.locator('.certificate').first().waitFor();
        const pdf = join(out, `${lang}.pdf`);
        await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
        expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
        text[lang] = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      }
      expect(text['th']).toContain('นายสมมุติ ทดสอบ');
      expect(text['th']).toContain('(นางสาวตัวอย่าง ลงนาม)');
      expect(text['th']).toContain('ผู้อำนวยการโครงการ (ตัวอย่าง)');
      expect(text['th']).toContain('(นายทดสอบ ผู้ลงนาม)');
      expect(text['th']).toContain('ประธานเครือข่าย (ตัวอย่าง)');
      expect(text['th']).toContain('1 ธันวาคม พ.ศ. 2569');
      expect(text['th']).not.toContain('วิทยากร');
      expect(text['en']).toContain('(Ms Example Signer)');
      expect(text['en']).toContain('Network chair (example)');
      expect(text['en']).toContain('Given on 1 December 2026 (B.E. 2569)');
    } finally {
      await browser.close();
    }
  });
});
