/**
 * npm run bench:linebreaks — counts, in the text of every built PDF, the lines that end inside a
 * word of the project's Thai word list (content/data/thai-words.yaml and the glossary): what the
 * line-breaking step (src/lib/thai-line-breaks.ts) keeps at 0. Prints each file's count, the
 * words, and the total.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readThaiWords } from '../src/config/thai-words.ts';
import { wordsBrokenAtLineEnds } from '../src/lib/broken-words.ts';
import type { DownloadIndex } from '../src/lib/downloads.ts';
import { readPdf } from './lib/read-pdf.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const index = JSON.parse(readFileSync(join(outDir, 'downloads', 'index.json'), 'utf8')) as DownloadIndex;
const words = readThaiWords().words;
let total = 0;
let lines = 0;
for (const { file } of index.files) {
  const pdf = await readPdf(join(outDir, file));
  const broken = pdf.pages.flatMap((p) => {
    const body = p.lines.filter((l) => !l.artifact).map((l) => l.text);
    lines += body.length;
    return wordsBrokenAtLineEnds(body, words).map((b) => `p.${p.number} ${b.word} (${b.at})`);
  });
  total += broken.length;
  console.log(`${String(broken.length).padStart(4)}  ${file}${broken.length ? `\n        ${broken.slice(0, 5).join('\n        ')}` : ''}`);
}
console.log(`${total} line(s) end inside a listed word, in ${lines} lines of ${index.files.length} PDFs (${words.size} listed words).`);
