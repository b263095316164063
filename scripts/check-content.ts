/**
 * npm run check:content — checks everything authors write in content/ without building the site
 * (the build runs the same check first: src/content-rules/check-content.ts). Prints one line per
 * problem (file:line: what and how to fix) and exits 1 when there is any. With --words it also
 * prints each module's and session's word count.
 */
import { join } from 'node:path';
import { checkContent } from '../src/content-rules/check-content.ts';
import { formatProblem } from '../src/content-rules/problem.ts';

const root = process.env.HANDBOOK_CONTENT_DIR ?? join(process.cwd(), 'content');
const report = checkContent(root);
if (process.argv.includes('--words')) for (const { file, words } of report.words) console.log(`${file}: ${words} words`);
for (const p of report.problems) console.error(formatProblem(p));
if (report.untranslated.length > 0) {
  console.log(`Not yet translated (served in Thai with a notice): ${report.untranslated.length}`);
  for (const m of report.untranslated) console.log(`  ${m}`);
}
if (report.problems.length > 0) {
  console.error(`\n${report.problems.length} problem(s) in content/. Fix them and run npm run check:content again.`);
  process.exit(1);
}
console.log(
  `content/ is valid: ${Object.entries(report.counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}.`,
);
