/**
 * npm run i18n:report — for every Thai page, glossary term and quiz: is there an English
 * translation, and does it translate the current Thai version? Missing pages are served in Thai
 * with a notice; stale ones show the old translation. `-- --strict` exits 1 when any page lacks
 * its English twin (the test suite runs it so); stale translations are listed, not fatal.
 * `npm run i18n:stamp -- <english file>…` records that a translation is up to date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshness, type Freshness } from './lib/translation.ts';

const root = process.env.HANDBOOK_CONTENT_DIR ?? 'content';
const kinds: Array<[string, string]> = [
  ['modules', '.mdx'],
  ['modules', '.quiz.yaml'],
  ['sessions', '.mdx'],
  ['forms', '.mdx'],
  ['pages', '.mdx'],
  ['glossary', '.yaml'],
  ['quizzes', '.quiz.yaml'],
];
const names = (lang: string, kind: string, ext: string) => {
  const dir = join(root, lang, kind);
  return existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith(ext) && !(ext === '.yaml' && f.endsWith('.quiz.yaml') && kind === 'glossary'))
    : [];
};

const counts: Record<Freshness, number> = { current: 0, stale: 0, unstamped: 0, missing: 0 };
for (const [kind, ext] of kinds) {
  for (const file of names('th', kind, ext)) {
    if (ext === '.mdx' && file.endsWith('.quiz.yaml')) continue;
    const thai = readFileSync(join(root, 'th', kind, file), 'utf8');
    const enPath = join(root, 'en', kind, file);
    const state = freshness(thai, existsSync(enPath) ? readFileSync(enPath, 'utf8') : undefined);
    counts[state] += 1;
    if (state !== 'current') console.log(`${state.padEnd(9)} content/en/${kind}/${file}   (Thai: content/th/${kind}/${file})`);
  }
}
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(
  `${total} Thai files: ${counts.current} translated and current, ${counts.stale} stale, ${counts.unstamped} not stamped, ${counts.missing} missing.`,
);
if (counts.missing > 0 && process.argv.includes('--strict')) {
  console.error('Every Thai page needs its English twin (npm run i18n:report lists them).');
  process.exit(1);
}
