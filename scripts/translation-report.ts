/**
 * npm run i18n:report — lists pages that have a Thai original but no English translation yet.
 * Those pages are served under /en/ in Thai with a notice. With --strict, exits 1 if any.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = process.env.HANDBOOK_CONTENT_DIR ?? 'content';
const kinds: Array<[string, string]> = [['modules', '.mdx'], ['sessions', '.mdx'], ['forms', '.mdx'], ['pages', '.mdx'], ['glossary', '.yaml']];
const names = (lang: string, kind: string, ext: string) => {
  const dir = join(root, lang, kind);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)) : [];
};

let missing = 0;
let total = 0;
for (const [kind, ext] of kinds) {
  const en = new Set(names('en', kind, ext));
  for (const file of names('th', kind, ext)) {
    total += 1;
    if (!en.has(file)) {
      missing += 1;
      console.log(`missing  content/en/${kind}/${file}   (Thai: content/th/${kind}/${file})`);
    }
  }
}
console.log(`${total - missing} of ${total} Thai pages have an English translation; ${missing} missing.`);
if (missing > 0 && process.argv.includes('--strict')) process.exit(1);
