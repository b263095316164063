/**
 * Build step: the PDFs (src/lib/downloads.ts lists them), made from the built print pages, which
 * a loopback server serves, in one browser (src/integrations/browser.ts finds it). The manuals go
 * through Vivliostyle's viewer (./pdf/vivliostyle.ts: contents with page numbers, running chapter
 * heads, right-hand chapter openings), two at a time; the short handouts, trainer packs and forms
 * through Chromium's own printing, which is many times faster (page numbers from the page's CSS).
 * Each PDF is then finished for print and screen readers (./pdf/finish.ts), and
 * downloads/index.json records each file's size and pages.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { decodeEntities, downloads, type Download, type DownloadIndex } from '../lib/downloads.ts';
import { linkTexts } from '../lib/link-texts.ts';
import { finishPdf, type FinishOptions } from './pdf/finish.ts';
import { layOutManual } from './pdf/vivliostyle.ts';
import { resolveBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';
import { startPatchedViewer } from './pdf/patched-viewer.ts';

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
  {
    concurrency = 2,
    only,
    warn = console.warn,
  }: { concurrency?: number; only?: (d: Download) => boolean; warn?: (message: string) => void } = {},
): Promise<PdfReport[]> {
  const jobs = plannedDownloads(outDir).filter((d) => !only || only(d));
  const browser = await resolveBrowser('build');
  const server = await serveStatic(outDir, { base });
  const manualsToMake = jobs.some((j) => j.kind.startsWith('manual'));
  const viewer = manualsToMake ? await startPatchedViewer() : undefined;
  if (viewer && viewer.missing.length > 0)
    warn(
      `Vivliostyle's viewer did not take the speed patch (${viewer.missing.join('; ')}): the manuals are made as before, only slower. See src/integrations/pdf/viewer-patch.ts.`,
    );
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
  const record = (job: Download, t0: number, pages: number) => {
    const bytes = statSync(join(outDir, job.file)).size;
    reports.push({ file: job.file, seconds: (performance.now() - t0) / 1000, bytes, pages });
  };
  const pageUrl = (job: Download) => `${server.origin}${base}${job.page.replace(/^\//, '')}`;

  // The viewer fetches the manual from the site's server, another origin on this machine: as
  // Vivliostyle CLI does, this browser lets it (it opens nothing but this build's own pages).
  const chrome = await chromium.launch({ executablePath: browser.executablePath, args: [...browser.args, '--disable-web-security'] });
  const write = (job: Download, bytes: Uint8Array) => {
    mkdirSync(dirname(join(outDir, job.file)), { recursive: true });
    writeFileSync(join(outDir, job.file), bytes);
  };
  try {
    const manuals = jobs.filter((j) => j.kind.startsWith('manual'));
    const short = jobs.filter((j) => !j.kind.startsWith('manual'));

    // Each lane has its own browser context, so its pages lay out in their own process.
    const manualLane = async () => {
      if (!viewer) return;
      const context = await chrome.newContext();
      for (let job = manuals.shift(); job; job = manuals.shift()) {
        const t0 = performance.now();
        try {
          const laidOut = await layOutManual(context, viewer.url, pageUrl(job));
          const finished = await finishPdf(laidOut.pdf, { ...finishing(job), outline: laidOut.outline, pages: laidOut.pages });
          write(job, finished.bytes);
          record(job, t0, finished.pages);
        } catch (error) {
          failures.push(`${job.file}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
        }
      }
      await context.close();
    };

    const shortLane = async () => {
      const context = await chrome.newContext();
      const tab = await context.newPage();
      for (let job = short.shift(); job; job = short.shift()) {
        const t0 = performance.now();
        try {
          await tab.goto(pageUrl(job), { waitUntil: 'load' });
          await tab.evaluate(() => document.fonts.ready);
          const printed = await tab.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
          const finished = await finishPdf(new Uint8Array(printed), finishing(job));
          write(job, finished.bytes);
          record(job, t0, finished.pages);
        } catch (error) {
          failures.push(`${job.file}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
      await context.close();
    };

    await Promise.all([shortLane(), ...Array.from({ length: Math.max(1, concurrency) }, manualLane)]);
  } finally {
    await chrome.close();
    await server.close();
    await viewer?.close();
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
