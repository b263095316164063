/**
 * Build step: the PDFs, made from the built print pages (/book/…) with Vivliostyle CLI driving
 * the system Chromium, offline: per language the participant handbook, the facilitator guide,
 * and one pack per session, into <outDir>/downloads/<lang>/. Then the downloads pages get each
 * file's size. Stops with a clear message when no browser can be found.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { chromium as playwright } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_HELP } from './lib/browser.ts';
import { startPreview } from './lib/preview-server.ts';
import { decodeEntities, fillSizes, pdfJobs, sizeLabel } from './lib/pdf-jobs.ts';

const run = promisify(execFile);
const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.PDF_PORT ?? 4396);
const concurrency = Number(process.env.PDF_CONCURRENCY ?? 2);
const started = performance.now();

const chromium = findChromium();
if (!chromium) {
  console.error(`Cannot make the PDFs: ${NO_BROWSER_HELP}`);
  process.exit(1);
}

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const titleOf = (path: string) => decodeEntities(/<title>([^<]*)<\/title>/.exec(page(path))?.[1] ?? path);
const sessions = readdirSync(join(outDir, 'book', 'sessions')).sort();
const jobs = pdfJobs(sessions, titleOf);

// Vivliostyle reads the pages over HTTP from the built site, served locally (no other host).
const server = await startPreview(port, { ...process.env, OUT_DIR: outDir });
const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
const origin = `${server.origin}${base === '/' ? '' : base.slice(0, -1)}`;
try {
  const failures: string[] = [];
  const books = jobs.filter((j) => j.engine === 'vivliostyle');
  const packs = jobs.filter((j) => j.engine === 'chromium');
  const report = (file: string, t0: number) =>
    console.log(`  ${file} (${sizeLabel(statSync(join(outDir, file)).size)}, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  // Session packs: one Chromium, one page after another, with "page x / y" and the title on every page.
  const packWorker = async () => {
    const browser = await playwright.launch({ executablePath: chromium, args: CHROMIUM_ARGS });
    try {
      const tab = await browser.newPage();
      for (const job of packs) {
        const t0 = performance.now();
        const target = join(outDir, job.file);
        mkdirSync(dirname(target), { recursive: true });
        try {
          await tab.goto(`${origin}${job.page}`, { waitUntil: 'networkidle' });
          await tab.evaluate(() => document.fonts.ready);
          const label = job.lang === 'th' ? 'หน้า' : 'Page';
          const small = 'font-family: Sarabun, Loma, sans-serif; font-size: 8.5pt; color: #4a5568; width: 100%; text-align: center;';
          await tab.pdf({
            path: target,
            format: 'A4',
            printBackground: true,
            tagged: true,
            outline: true,
            displayHeaderFooter: true,
            headerTemplate: `<div style="${small}">${job.title.replace(/</g, '&lt;')}</div>`,
            footerTemplate: `<div style="${small}">${label} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
            margin: { top: '20mm', bottom: '22mm', left: '18mm', right: '18mm' },
          });
          report(job.file, t0);
        } catch (error) {
          failures.push(`${job.file}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    } finally {
      await browser.close();
    }
  };

  const queue = [...books];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const target = join(outDir, job.file);
      mkdirSync(dirname(target), { recursive: true });
      const t0 = performance.now();
      try {
        await run(process.execPath, [
          'node_modules/@vivliostyle/cli/dist/cli.js',
          'build',
          `${origin}${job.page}`,
          '--output', target,
          '--size', 'A4',
          '--language', job.lang,
          '--title', job.title,
          '--executable-browser', chromium,
          '--timeout', '240',
        ], { maxBuffer: 16 * 1024 * 1024 });
        report(job.file, t0);
      } catch (error) {
        failures.push(`${job.file}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
      }
    }
  };
  await Promise.all([packWorker(), ...Array.from({ length: Math.max(1, concurrency) }, worker)]);
  if (failures.length > 0) {
    console.error(`Could not make ${failures.length} PDF(s):\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
} finally {
  server.stop();
}

// Sizes and dates for the downloads pages.
const sizes: Record<string, string> = {};
const manifest = jobs
  .filter((j) => existsSync(join(outDir, j.file)))
  .map((j) => {
    const bytes = statSync(join(outDir, j.file)).size;
    sizes[j.file] = sizeLabel(bytes);
    return { file: j.file, title: j.title, lang: j.lang, bytes };
  });
writeFileSync(join(outDir, 'downloads', 'pdfs.json'), JSON.stringify({ made: new Date().toISOString(), files: manifest }, null, 2));
for (const path of ['downloads', 'en/downloads']) {
  const file = join(outDir, path, 'index.html');
  if (existsSync(file)) writeFileSync(file, fillSizes(readFileSync(file, 'utf8'), sizes));
}
console.log(`PDFs: ${manifest.length} of ${jobs.length} made in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
