import { defineConfig, devices } from '@playwright/test';
import { resolveBrowser } from './src/integrations/browser.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4321);
// The same browser the build uses: CHROMIUM_PATH, an installed Chrome/Chromium/Edge, or the
// Chromium inside the npm package @sparticuz/chromium (no browser download needed).
const { executablePath, args, source } = await resolveBrowser();
// For the one test that this browser cannot run (tests/e2e/offline.spec.ts says which and why).
process.env['HANDBOOK_BROWSER_SOURCE'] = source;

export default defineConfig({
  testDir: 'tests/e2e',
  // Every test opens its own browser context, so tests of one file can run side by side.
  fullyParallel: true,
  // Two cores on the CI machine: one browser at a time per core at most.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath, args },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    // The built site as a plain web server serves it (src/integrations/static-server.ts).
    command: `node scripts/serve.ts`,
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
