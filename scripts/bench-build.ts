/**
 * npm run bench:build — build time of the whole site (content check, pages, search index,
 * service worker), and how it grows with content: the same build with 100, 200 and 400 extra
 * generated modules in each language (copies of a real module), in temporary folders.
 * Prints seconds per step and per page; growth should be close to linear.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n >= 0);
const extras = sizes.length > 0 ? sizes : [0, 100, 200, 400];
const steps: Array<[string, string[]]> = [
  ['content check', ['scripts/check-content.ts']],
  ['astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--silent']],
  ['search index', ['scripts/build-search-index.ts']],
  ['service worker', ['scripts/build-service-worker.ts']],
];

function makeContent(extra: number, dir: string): void {
  cpSync('content', dir, { recursive: true });
  for (const lang of ['th', 'en']) {
    const source = readFileSync(join('content', lang, 'modules', 'what-is-corruption.mdx'), 'utf8');
    for (let i = 1; i <= extra; i += 1) {
      const text = source
        .replace(/^order: \d+$/m, `order: ${100 + i}`)
        .replace(/^title: (.*)$/m, `title: $1 (${i})`)
        .replace(/^translatedFrom:.*\n/m, '');
      writeFileSync(join(dir, lang, 'modules', `generated-${String(i).padStart(3, '0')}.mdx`), text);
    }
  }
}

const rows: Array<{ extra: number; pages: number; seconds: Record<string, number>; total: number }> = [];
for (const extra of extras) {
  const work = mkdtempSync(join(tmpdir(), 'hb-bench-'));
  const content = join(work, 'content');
  makeContent(extra, content);
  const env = {
    ...process.env,
    HANDBOOK_CONTENT_DIR: content,
    OUT_DIR: join(work, 'dist'),
    ASTRO_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const seconds: Record<string, number> = {};
  for (const [name, args] of steps) {
    const started = performance.now();
    execFileSync(process.execPath, args, { env, stdio: 'ignore' });
    seconds[name] = (performance.now() - started) / 1000;
  }
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  const pages = walk(join(work, 'dist')).filter((f) => f.endsWith('.html')).length;
  const total = Object.values(seconds).reduce((a, b) => a + b, 0);
  rows.push({ extra, pages, seconds, total });
  console.log(
    `+${String(extra).padStart(3)} modules per language: ${String(pages).padStart(4)} pages, ${total.toFixed(1)} s (${steps.map(([n]) => `${n} ${seconds[n]?.toFixed(1)} s`).join(', ')})`,
  );
  rmSync(work, { recursive: true, force: true });
}
const base = rows[0];
if (base && rows.length > 1) {
  console.log('\ngrowth per extra page after the base build:');
  for (const row of rows.slice(1)) {
    const perPage = (row.total - base.total) / Math.max(1, row.pages - base.pages);
    console.log(`  +${row.extra}: ${(perPage * 1000).toFixed(0)} ms per page`);
  }
}
