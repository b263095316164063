/**
 * npm run bench:pdf — makes every PDF again from the built site (dist/) and prints the time each
 * took, its pages and size, and the total (the build does the same step: src/integrations/pdfs.ts).
 * PDF_CONCURRENCY sets how many PDFs are printed at once; ONLY=<text> makes only matching files.
 */
import { performance } from 'node:perf_hooks';
import { writePdfs } from '../src/integrations/pdfs.ts';
import { readBasePath } from '../src/lib/base-path.ts';
import { sizeLabel } from '../src/lib/downloads.ts';

const only = process.env.ONLY;
const t0 = performance.now();
const reports = await writePdfs(process.env.OUT_DIR ?? 'dist', readBasePath(process.env.BASE_PATH), {
  concurrency: Number(process.env.PDF_CONCURRENCY ?? 2),
  ...(only ? { only: (d) => d.file.includes(only) } : {}),
});
for (const r of reports.sort((a, b) => b.seconds - a.seconds)) {
  console.log(`${r.seconds.toFixed(1).padStart(6)} s  ${String(r.pages).padStart(4)} pages  ${sizeLabel(r.bytes).padStart(9)}  ${r.file}`);
}
console.log(
  `${reports.length} PDFs, ${reports.reduce((n, r) => n + r.pages, 0)} pages, in ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
);
