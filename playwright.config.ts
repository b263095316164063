import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/browser.ts';

const port = Number(process.env.PREVIEW_PORT ?? 4321);

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
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined }, grep: /@phone/ },
  ],
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
