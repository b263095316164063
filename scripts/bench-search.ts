/**
 * npm run bench:search — runs the committed query set (tests/search/queries.yaml) through the
 * built site's search page in Chromium and prints precision, recall and query latency.
 * Exits 1 below the goal (precision 1.00, recall 0.95). `-- --update` rewrites each query's
 * expected pages from the built HTML (review the diff before committing).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { launchBrowser, serveBuilt } from './lib/browser-session.ts';
import { expectedPages, indexedPages, loadQueries, metrics, type Outcome } from './lib/search-eval.ts';
import { groupsFromHtml, runQuery } from './lib/search-run.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4399);
const queriesFile = 'tests/search/queries.yaml';
const queries = loadQueries(queriesFile);
const groups = groupsFromHtml(readFileSync(`${outDir}/search/index.html`, 'utf8'));

if (process.argv.includes('--update')) {
  const pages = { th: indexedPages(outDir, 'th'), en: indexedPages(outDir, 'en') };
  const header = readFileSync(queriesFile, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('#'))
    .join('\n');
  const updated = queries.map((q) => ({ lang: q.lang, q: q.q, expect: expectedPages(pages[q.lang], q.q, groups) }));
  writeFileSync(queriesFile, `${header}\n${dump(updated, { flowLevel: 2, lineWidth: 200 })}`);
  console.log(`Updated expected pages for ${updated.length} queries in ${queriesFile}.`);
  process.exit(0);
}

const server = await serveBuilt(port);
const baseUrl = server.origin;

const browser = await launchBrowser();
const page = await browser.newPage();
const outcomes: Outcome[] = [];
try {
  // One warm-up search so the first measured query does not pay for loading the search code.
  await runQuery(page, baseUrl, '/', { lang: 'th', q: 'ทุจริต' });
  for (const query of queries) outcomes.push(await runQuery(page, baseUrl, '/', query));
} finally {
  await browser.close();
  await server.close();
}

for (const o of outcomes) {
  const want = o.query.expect ?? [];
  const ok = o.returned.length === want.length && want.every((p) => o.returned.includes(p));
  console.log(
    `${ok ? 'ok  ' : 'DIFF'} [${o.query.lang}] ${o.query.q.padEnd(28)} ${String(o.returned.length).padStart(3)} results, expected ${String(want.length).padStart(3)}, ${o.ms} ms`,
  );
}
const m = metrics(outcomes);
for (const f of m.falsePositives) console.log(`  false positive: "${f.q}" → ${f.path}`);
for (const f of m.misses) console.log(`  missed: "${f.q}" → ${f.path}`);
console.log(`\nqueries: ${outcomes.length}`);
console.log(`precision: ${m.precision.toFixed(3)}  (goal 1.000)`);
console.log(`recall:    ${m.recall.toFixed(3)}  (goal ≥ 0.950)`);
console.log(`latency:   median ${m.medianMs} ms, p95 ${m.p95Ms} ms (search page, warm, this machine)`);
if (m.precision < 1 || m.recall < 0.95) process.exit(1);
