/**
 * The browser tests that npm run test:server (scripts/test-server.ts) runs against Debian's nginx
 * serving the built site with the generated configuration: the offline and search specs at the
 * root (SERVER_URL), and the base-path spec under a folder (SERVER_BASE_URL). The script starts
 * and stops nginx; this config starts no server of its own.
 */
import { defineConfig, devices } from '@playwright/test';
import { resolveBrowser } from '../../src/integrations/browser.ts';

const root = process.env['SERVER_URL'];
const folder = process.env['SERVER_BASE_URL'];
if (!root || !folder)
  throw new Error('Run these tests with npm run test:server, which starts nginx and sets SERVER_URL and SERVER_BASE_URL.');
const { executablePath, args, source } = await resolveBrowser();
// As in the main config: tests/e2e/offline.spec.ts skips the one test this browser cannot run.
process.env['HANDBOOK_BROWSER_SOURCE'] = source;
const desktop = { ...devices['Desktop Chrome'], channel: undefined, launchOptions: { executablePath, args } };

export default defineConfig({
  testDir: '..',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/server',
  projects: [
    { name: 'nginx', testMatch: ['e2e/offline.spec.ts', 'e2e/search.spec.ts'], use: { ...desktop, baseURL: root } },
    { name: 'nginx-folder', testMatch: ['server/*.spec.ts'], use: { ...desktop, baseURL: folder } },
  ],
});
