/**
 * Writes the Pagefind search index into the built site (<outDir>/pagefind/), one index per
 * language (Pagefind splits by <html lang>). Only text marked data-pagefind-body is indexed,
 * so navigation and footers never show up in results.
 */
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';

const outDir = process.env.OUT_DIR ?? 'dist';
const started = performance.now();
const { index, errors } = await pagefind.createIndex({ rootSelector: 'html' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Search index: ${added.page_count} pages in ${outDir}/pagefind (${Math.round(performance.now() - started)} ms).`);
