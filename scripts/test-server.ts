/**
 * npm run test:server — the built handbook served by real web servers with the settings the build
 * wrote, as a provincial office would publish it:
 * 1. Debian's nginx serves dist/ at / and dist-base/ under /handbook/ (each through its own
 *    .nginx.conf, after nginx -t); Apache serves both too (apachectl -t on the .htaccess files,
 *    then AllowOverride FileInfo), all on loopback ports;
 * 2. every response rule of src/lib/server-config/policy.ts is checked on each (headers, caching,
 *    content types, both 404 pages, the service worker's scope), and every page's header policy
 *    against the page's own hashes;
 * 3. the offline and search browser tests run against nginx at /, and tests/server/*.spec.ts
 *    under /handbook/ (service worker scope, offline use, no policy violations).
 * Needs dist/ (npm run build) and dist-base/ (npm run test:base), nginx and apache2
 * (apt-get install nginx apache2). Stops the servers it started, also on Ctrl+C. Arguments go to
 * Playwright, e.g. npm run test:server -- -g offline.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { metaCsp } from '../src/lib/csp.ts';
import { pageCsp } from '../src/lib/server-config/policy.ts';
import { checkPagePolicies, checkSite } from './lib/server-checks.ts';
import { findBinary, startApache, startNginx, type Running, type Site } from './lib/web-servers.ts';
import { missingTool } from './lib/missing-tool.ts';

const sites: Site[] = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-base', base: '/handbook/' },
];
for (const site of sites) {
  if (!existsSync(join(site.dir, '.nginx.conf'))) {
    console.error(
      `${site.dir}/ has no built site with server settings. Run ${site.base === '/' ? 'npm run build' : 'npm run test:base'} first.`,
    );
    process.exit(1);
  }
}
const nginx = findBinary('/usr/sbin/nginx', '/usr/local/sbin/nginx');
const apache = findBinary('/usr/sbin/apache2');
const apachectl = findBinary('/usr/sbin/apachectl', '/usr/sbin/apache2ctl');
if (!nginx || !apache || !apachectl)
  missingTool("test:server needs Debian's nginx and Apache: apt-get install nginx apache2 (.ci/run installs them).");

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
const built = sites.map((site) => {
  const files = walk(site.dir)
    .map((f) => relative(site.dir, f).split('\\').join('/'))
    .sort();
  // The policy the pages carry, worked out again from the pages: the servers must send exactly it.
  const policies = files.filter((f) => f.endsWith('.html')).flatMap((f) => metaCsp(readFileSync(join(site.dir, f), 'utf8')) ?? []);
  return { ...site, files, csp: pageCsp(policies) };
});

// Server workers run as nobody when this runs as root: they must reach the folders made here.
const work = mkdtempSync(join(tmpdir(), 'hb-servers-'));
chmodSync(work, 0o755);
const running: Running[] = [];
const stopAll = async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()));
  rmSync(work, { recursive: true, force: true });
};
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
process.once('SIGTERM', () => void stopAll().then(() => process.exit(143)));

let failed = false;
try {
  const t0 = Date.now();
  running.push(await startNginx(nginx, work, sites));
  running.push(await startApache(apachectl, apache, work, sites));
  console.log(`nginx -t and apachectl -t accept the generated settings; both serve / and /handbook/ (${Date.now() - t0} ms).`);

  for (const server of running) {
    for (const [i, site] of built.entries()) {
      const origin = server.origins[i]!;
      const problems = [
        ...(await checkSite(origin, site.base, site.dir, site.files, site.csp)),
        ...(await checkPagePolicies(origin, site.base, site.dir, site.files)),
      ];
      const pages = site.files.filter((f) => f.endsWith('index.html')).length;
      if (problems.length === 0)
        console.log(`✓ ${server.name} ${site.base}: headers, caching, types, 404 pages, service worker scope; policy of ${pages} pages`);
      else {
        failed = true;
        console.error(`✗ ${server.name} ${site.base}:\n  ${problems.join('\n  ')}`);
      }
    }
  }

  const [root, folder] = running[0]!.origins;
  const playwright = spawnSync(
    process.execPath,
    [resolve('node_modules/@playwright/test/cli.js'), 'test', '-c', 'tests/server/playwright.config.ts', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, SERVER_URL: root, SERVER_BASE_URL: `${folder}${sites[1]!.base}` },
    },
  );
  if (playwright.status !== 0) failed = true;
} catch (error) {
  failed = true;
  const e = error as Error & { stderr?: Buffer };
  console.error(e.message, e.stderr?.toString() ?? '');
} finally {
  await stopAll();
}
process.exit(failed ? 1 : 0);
