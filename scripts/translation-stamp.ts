/**
 * npm run i18n:stamp -- content/en/modules/x.mdx … (or --all) — records that each English file
 * translates the current version of its Thai original. Run it after updating a translation.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceHash, stamp } from './lib/translation.ts';

const root = process.env.HANDBOOK_CONTENT_DIR ?? 'content';
const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const targets = process.argv.includes('--all')
  ? walk(join(root, 'en')).filter((f) => /\.(mdx|yaml)$/.test(f))
  : process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (targets.length === 0) {
  console.error('Name the English files to stamp, e.g. npm run i18n:stamp -- content/en/modules/field-inspection.mdx (or --all).');
  process.exit(2);
}
for (const file of targets) {
  const thaiFile = file.replace(/(^|\/)en\//, '$1th/');
  if (!existsSync(thaiFile)) {
    console.error(`${file}: no Thai original at ${thaiFile}`);
    process.exitCode = 1;
    continue;
  }
  const hash = sourceHash(readFileSync(thaiFile, 'utf8'));
  writeFileSync(file, stamp(readFileSync(file, 'utf8'), hash, file.endsWith('.mdx') ? 'mdx' : 'yaml'));
  console.log(`stamped ${file} (${hash})`);
}
