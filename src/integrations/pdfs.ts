/**
 * Build step: the PDFs (src/lib/downloads.ts lists them), made from the built print pages, which
 * a loopback server serves, by Chromium's own printing in one browser (src/integrations/browser.ts
 * finds it), `concurrency` tabs at a time. The manuals take two passes (./pdf/manual.ts: contents
 * with page numbers, chapters opening on a right-hand page); the short handouts, trainer packs and
 * forms one. Each PDF is then finished for print and screen readers (./pdf/finish.ts), and
 * downloads/index.json records each file's size and pages.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from 'playwright-core';
import { decodeEntities, downloads, type Download, type DownloadIndex } from '../lib/downloads.ts';
import { linkTexts } from '../lib/link-texts.ts';
import { finishPdf, type FinishOptions } from './pdf/finish.ts';
import { printManual } from './pdf/manual.ts';
import { printingProblem, resolveBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

export interface PdfReport {
  file: string;
  seconds: number;
  bytes: number;
  pages: number;
}

/** Heights of the page margins (book.css: 20 mm top, 22 mm bottom), a little inside them. */
const MARGINS = { top: (19 / 25.4) * 72, bottom: (21 / 25.4) * 72 };

const folders = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => statSync(join(dir, f)).isDirectory())
        .sort()
    : [];

/** The PDFs of a built site: one per manual, session handout, trainer pack and form, per language. */
export function plannedDownloads(outDir: string): Download[] {
  return downloads({ sessions: folders(join(outDir, 'book', 'sessions')), forms: folders(join(outDir, 'book', 'forms')) });
}

export async function writePdfs(
  outDir: string,
  base: string,
  { concurrency = 2, only }: { concurrency?: number; only?: (d: Download) => boolean } = {},
): Promise<PdfReport[]> {
  // The manuals first: they take longest, and the short files fill the gaps around them.
  const jobs = plannedDownloads(outDir)
    .filter((d) => !only || only(d))
    .sort((a, b) => Number(b.kind.startsWith('manual')) - Number(a.kind.startsWith('manual')));
  const browser = await resolveBrowser('build');
  const server = await serveStatic(outDir, { base });
  const htmlOf = (page: string) => readFileSync(join(outDir, page, 'index.html'), 'utf8');
  const titleOf = (page: string) => decodeEntities(/<title>([^<]*)<\/title>/.exec(htmlOf(page))?.[1] ?? page);
  const finishing = (job: Download): FinishOptions => ({
    title: titleOf(job.page),
    lang: job.lang,
    exactA4: true,
    linkTexts: linkTexts(htmlOf(job.page)),
    margins: MARGINS,
  });
  const reports: PdfReport[] = [];
  const failures: string[] = [];
  const pageUrl = (job: Download) => `${server.origin}${base}${job.page.replace(/^\//, '')}`;

  /** One PDF, printed in the given tab and finished. */
  const make = async (tab: Page, job: Download): Promise<{ bytes: Uint8Array; pages: number }> => {
    if (job.kind.startsWith('manual')) {
      const manual = await printManual(tab, pageUrl(job));
      return finishPdf(manual.pdf, {
        ...finishing(job),
        outline: manual.outline,
        openers: manual.openers,
        expectedPages: manual.sectionPages,
      });
    }
    await tab.goto(pageUrl(job), { waitUntil: 'load' });
    await tab.evaluate(() => document.fonts.ready);
    const printed = await tab.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return finishPdf(new Uint8Array(printed), finishing(job));
  };

  const chrome = await chromium.launch({ executablePath: browser.executablePath, args: browser.args });
  try {
    const problem = printingProblem(chrome.version());
    if (problem) throw new Error(`${problem} (found: ${browser.executablePath})`);
    // Each lane has its own browser context, so its pages lay out in their own process.
    const lane = async () => {
      const context = await chrome.newContext();
      const tab = await context.newPage();
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const t0 = performance.now();
        try {
          const { bytes, pages } = await make(tab, job);
          mkdirSync(dirname(join(outDir, job.file)), { recursive: true });
          writeFileSync(join(outDir, job.file), bytes);
          reports.push({ file: job.file, seconds: (performance.now() - t0) / 1000, bytes: bytes.length, pages });
        } catch (error) {
          failures.push(`${job.file}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
        }
      }
      await context.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  } finally {
    await chrome.close();
    await server.close();
  }
  if (failures.length > 0) throw new Error(`Could not make ${failures.length} PDF(s):\n  ${failures.join('\n  ')}`);

  const index: DownloadIndex = {
    made: new Date().toISOString(),
    files: reports.map(({ file, bytes, pages }) => ({ file, bytes, pages })).sort((a, b) => a.file.localeCompare(b.file)),
  };
  mkdirSync(join(outDir, 'downloads'), { recursive: true });
  writeFileSync(join(outDir, 'downloads', 'index.json'), JSON.stringify(index, null, 2));
  return reports;
}
