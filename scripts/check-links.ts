/**
 * npm run check:links [-- <outDir>] — checks every internal link, asset and #fragment of a built
 * site (default dist/, base from BASE_PATH). Prints file:line: problem and exits 1 on any.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readBasePath } from '../src/lib/base-path.ts';
import { checkLinks, type BuiltPage } from './lib/links.ts';

const outDir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.env.OUT_DIR ?? 'dist';
// The sub-path test builds no PDFs (they take a minute); links to them are checked on the main build.
const skipPdf = process.argv.includes('--skip-pdf');
const base = readBasePath(process.env.BASE_PATH);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

const files = walk(outDir).map((f) => relative(outDir, f).split('\\').join('/'));
const pages: BuiltPage[] = files
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ file, html: readFileSync(join(outDir, file), 'utf8') }));
const problems = checkLinks(pages, new Set(files), base).filter((p) => !(skipPdf && /\.pdf"/.test(p.message)));
for (const p of problems) console.error(`${outDir}/${p.file}:${p.line}: ${p.message}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} broken link(s) in ${outDir}.`);
  process.exit(1);
}
console.log(`Links OK: ${pages.length} pages in ${outDir} (base ${base}).`);
