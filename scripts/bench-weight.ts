/**
 * npm run bench:weight — what a reader downloads for one page on a first visit, before opening
 * search: JavaScript, other (HTML, CSS, icons, data) and fonts, raw and gzip, against each page's
 * budget (BUDGETS below). With --budget (npm run test:weight, part of npm test) a page over its
 * budget fails. Also prints the size of the offline language pack a device keeps after a visit,
 * and the size of the file a field team shares: one site record with two photos, made by the
 * field kit itself in the browser from two camera-sized photos.
 * Run from another Astro site's folder (node <this repo>/scripts/bench-weight.ts /) to measure a peer
 * such as a Starlight build of the same module, side by side.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveBuilt } from './lib/browser-session.ts';
import { sharedFileWeight } from './lib/field-kit-weight.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4398);
const pages = process.argv.slice(2).filter((a) => a.startsWith('/'));
const enforce = process.argv.includes('--budget');

/**
 * Gzip budgets per kind of page, in KB. A module page is what a trainee opens most, on a weak
 * connection: JavaScript stays under 10 KB. Fonts are Sarabun's Thai and Latin subsets.
 */
const BUDGETS: Array<{ pages: RegExp; js: number; other: number; font: number }> = [
  { pages: /^(\/en)?\/modules\/[^/]+\/$/, js: 10, other: 45, font: 70 },
  { pages: /^(\/en)?\/sessions\/[^/]+\/$/, js: 12, other: 50, font: 70 },
  { pages: /^(\/en)?\/search\/$/, js: 40, other: 30, font: 70 },
  // The field kit's pages: the phone form keeps records and photos on the device (IndexedDB,
  // the record schema); the zip code loads only when a file is shared or imported.
  { pages: /^(\/en)?\/forms\/([^/]+\/)?$/, js: 24, other: 45, font: 70 },
  // The trainer's tools: the class results page reads result codes, keeps the class on the device
  // and computes the report (the camera decoder and the CSV code load only when used). One trainer
  // opens it, not every trainee's phone.
  { pages: /^(\/en)?\/facilitator\/(class|certificates)\/$/, js: 16, other: 40, font: 70 },
  { pages: /.*/, js: 12, other: 40, font: 70 },
];
const budgetOf = (path: string) => BUDGETS.find((b) => b.pages.test(path))!;
const targets =
  pages.length > 0
    ? pages
    : [
        '/',
        '/en/',
        '/modules/what-is-corruption/',
        '/en/modules/what-is-corruption/',
        '/sessions/field-inspection-practice/',
        '/en/sessions/field-inspection-practice/',
        '/glossary/',
        '/search/',
        '/downloads/',
        '/test/pre/',
        '/facilitator/class/',
        '/forms/site-inspection-checklist/',
        '/forms/',
        '/forms/zone/',
      ];

const server = await serveBuilt(port);
const baseUrl = server.origin;

type Kind = 'js' | 'font' | 'other';
const kindOf = (url: string, type: string): Kind =>
  type.includes('javascript') || url.endsWith('.js') ? 'js' : type.includes('font') || url.endsWith('.woff2') ? 'font' : 'other';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const browser = await launchBrowser();
let failed = false;
try {
  for (const path of targets) {
    // First visit, without the service worker's background download of the offline pack.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const totals: Record<Kind, { raw: number; gz: number; n: number }> = {
      js: { raw: 0, gz: 0, n: 0 },
      font: { raw: 0, gz: 0, n: 0 },
      other: { raw: 0, gz: 0, n: 0 },
    };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const body = await response.body().catch(() => Buffer.alloc(0));
          const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
          // woff2 is already compressed: gzip would not shrink it.
          const gz = kind === 'font' ? body.length : gzipSync(body).length;
          totals[kind].raw += body.length;
          totals[kind].gz += gz;
          totals[kind].n += 1;
        })(),
      );
    });
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const all = totals.js.gz + totals.font.gz + totals.other.gz;
    console.log(`\n${path}`);
    const budget = budgetOf(path);
    for (const kind of ['js', 'other', 'font'] as const) {
      const t = totals[kind];
      const over = t.gz > budget[kind] * 1024;
      if (over) failed = true;
      console.log(
        `  ${kind.padEnd(6)} ${String(t.n).padStart(2)} files  ${kb(t.raw).padStart(9)} raw  ${kb(t.gz).padStart(9)} gzip  (budget ${budget[kind]} KB)${over ? '  OVER' : ''}`,
      );
    }
    console.log(`  total  ${kb(all)} gzip`);
    await context.close();
  }
  if (pages.length === 0 && existsSync(join(outDir, 'forms/site-inspection-checklist/index.html'))) {
    const shared = await sharedFileWeight(browser, baseUrl);
    console.log(
      `\nshared file, one site record with two photos: ${kb(shared.file)} (photos ${shared.photos.map(kb).join(' + ')}, reduced on the device from ${shared.originals.map(kb).join(' + ')})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

for (const lang of ['th', 'en']) {
  // Also usable on another Astro site for comparison (run it from that site's folder).
  if (!existsSync(join(outDir, `offline-${lang}.json`))) continue;
  const list = JSON.parse(readFileSync(join(outDir, `offline-${lang}.json`), 'utf8')) as { urls: string[] };
  let raw = 0;
  let gz = 0;
  for (const url of list.urls) {
    const rel = url.replace(/^\//, '');
    const file = join(outDir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
    const body = readFileSync(file);
    raw += statSync(file).size;
    // Pagefind's own files are gzip already; pages and the handbook's search data (JSON, text) are compressed by the host.
    gz += /\.(pf_\w+|pagefind)$/.test(file) ? body.length : gzipSync(body).length;
  }
  console.log(`\noffline pack (${lang}): ${list.urls.length} files, ${kb(raw)} raw, about ${kb(gz)} over the wire`);
}
if (failed && enforce) {
  console.error('\nA page is over its budget (see OVER above).');
  process.exit(1);
}
