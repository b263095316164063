/**
 * npm run bench:lighthouse — Lighthouse (mobile defaults) for the home page, a module, a session,
 * the search page and a field form, in Thai and English, against the built site served locally.
 * Prints the four category scores per page; the goal is 100 for each.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveBuilt } from './lib/browser-session.ts';
import { CHROMIUM_ARGS, resolveBrowser } from '../src/integrations/browser.ts';

const port = Number(process.env.BENCH_PORT ?? 4397);
const paths = [
  '/',
  '/modules/what-is-corruption/',
  '/sessions/field-inspection-practice/',
  '/search/?q=เบาะแส',
  '/forms/site-inspection-checklist/',
];
// Pages named on the command line (npm run bench:lighthouse -- /forms/zone/) instead of the usual ones.
const named = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = named.length > 0 ? named : [...paths, ...paths.map((p) => `/en${p === '/search/?q=เบาะแส' ? '/search/?q=signboard' : p}`)];

const { executablePath: chromePath } = await resolveBrowser();
const server = await serveBuilt(port);
const baseUrl = server.origin;
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
let below = 0;
try {
  console.log(`${'page'.padEnd(44)} ${categories.map((c) => c.slice(0, 11).padStart(12)).join('')}`);
  for (const path of targets) {
    const result = await lighthouse(`${baseUrl}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    const scores = categories.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    below += scores.filter((s) => s < 100).length;
    const failing = categories.flatMap((c) =>
      (result?.lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (result?.lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    );
    console.log(
      `${decodeURI(path).padEnd(44)} ${scores.map((s) => String(s).padStart(12)).join('')}${failing.length ? `   (${failing.join(', ')})` : ''}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(below === 0 ? '\nAll scores 100.' : `\n${below} score(s) below 100.`);
