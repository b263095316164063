/**
 * The handbook's build steps as one Astro integration, so that `astro build` alone makes the whole
 * handbook: the content check before anything is rendered; after Astro has written the pages, the
 * search index, the slides' text sizes (every slide fits the screens trainers use), the share
 * preview images (with a public address), then the PDFs, then the service worker (it lists the
 * search index and the PDFs), then the web server settings (from the policy in the finished pages).
 * Each step prints what it made and how long it took.
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { writeSearchIndex } from './search-index.ts';
import { writePdfs } from './pdfs.ts';
import { writeServiceWorker } from './service-worker.ts';
import { fitSlides } from './slide-fit.ts';
import { writeShareImages } from './share-images.ts';
import { writeServerConfigs } from './server-configs.ts';
import { missingAddressWarning } from '../lib/public-address.ts';
import { checkContent } from '../content-rules/check-content.ts';
import { formatProblem } from '../content-rules/problem.ts';

export interface HandbookOptions {
  /** The content folder (content/, or a test's fixture tree). */
  contentDir: string;
  /**
   * 'error' (the default) stops the build on a content problem; 'warn' lists the problems and goes
   * on, for a draft preview while a chapter is being rewritten (CONTENT_RULES=warn).
   */
  onContentProblem?: 'error' | 'warn';
  /** False skips the PDFs (a quick build); a text makes only the PDFs whose file name has it. */
  pdfs?: boolean | string;
  /** PDFs printed at the same time (tabs of one browser). */
  pdfConcurrency?: number;
}

async function step<T>(logger: AstroIntegrationLogger, name: string, run: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const t0 = performance.now();
  const result = await run();
  logger.info(`${name}: ${describe(result)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return result;
}

export function handbook(options: HandbookOptions): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'handbook',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const t0 = performance.now();
        const report = checkContent(options.contentDir);
        const lines = report.problems.map(formatProblem);
        if (lines.length > 0 && options.onContentProblem !== 'warn') {
          throw new Error(
            `${lines.length} problem(s) in the content; nothing was built:\n${lines.join('\n')}\nFix them (npm run check:content lists them again) and build again.`,
          );
        }
        for (const line of lines) logger.warn(line);
        logger.info(
          `content check: ${Object.entries(report.counts)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}; ${lines.length} problem(s) (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
        );
      },
      'astro:config:done': ({ config, logger }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
        if (!config.site) {
          logger.warn(missingAddressWarning());
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await step(
          logger,
          'search index',
          () => writeSearchIndex(outDir, base),
          (r) =>
            `${r.pages} pages, ${r.atoms} Thai atoms, search data ${Object.entries(r.dataBytes)
              .map(([l, n]) => `${l} ${Math.round(n / 1024)} KB`)
              .join(', ')}`,
        );
        await step(
          logger,
          'slides',
          () => fitSlides(outDir, base),
          (r) =>
            `${r.slides} slides in ${r.decks} decks fit 1024×768, 1280×720 and 1920×1080; ${r.scaled} set smaller (smallest ${Math.round(r.smallest * 100)}%)`,
        );
        if (site) {
          const publicAddress = site;
          await step(
            logger,
            'share previews',
            () => writeShareImages(outDir, base, publicAddress),
            (r) => `${r.images} images (${r.kilobytes} KB)`,
          );
        }
        if (options.pdfs !== false) {
          await step(
            logger,
            'PDFs',
            () =>
              writePdfs(outDir, base, {
                concurrency: options.pdfConcurrency ?? 2,
                ...(typeof options.pdfs === 'string' ? { only: (d) => d.file.includes(options.pdfs as string) } : {}),
              }),
            (r) => `${r.length} files, ${r.reduce((n, x) => n + x.pages, 0)} pages`,
          );
        }
        await step(
          logger,
          'service worker',
          () => writeServiceWorker(outDir, base),
          (r) =>
            `${r.precached} shell files (${r.kilobytes} KB); offline lists ${Object.entries(r.offline)
              .map(([l, n]) => `${l} ${n}`)
              .join(', ')}`,
        );
        const servers = await step(
          logger,
          'server settings',
          async () => writeServerConfigs(outDir, base),
          (r) => `.nginx.conf, .htaccess and _headers with the policy of ${r.pages} pages`,
        );
        for (const warning of servers.warnings) logger.warn(warning);
      },
    },
  };
}
