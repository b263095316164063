/**
 * npm run test:base — builds the handbook as an office publishing it in a folder would: under
 * BASE_PATH=/handbook/ with its public address set (SITE_URL), into dist-base/. Only one session
 * handout is made as PDF (the full set is tested on the main build). Then checks that every link,
 * asset and script stays inside the folder and resolves, and (tests/pdf/published.test.ts) that the
 * PDF carries QR codes and links to the public address.
 */
import { execFileSync } from 'node:child_process';

export const PUBLISHED = {
  base: '/handbook/',
  site: 'https://handbook.khonkaen-network.go.th/handbook/',
  pdf: 'th/session-field-inspection-practice-handout',
};
const env = {
  ...process.env,
  BASE_PATH: PUBLISHED.base,
  SITE_URL: PUBLISHED.site,
  OUT_DIR: 'dist-base',
  HANDBOOK_PDFS: `only:${PUBLISHED.pdf}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};
const run = (args: string[]) => execFileSync(process.execPath, args, { env, stdio: 'inherit' });
if (import.meta.main) {
  run(['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
  run(['scripts/check-links.ts', 'dist-base', '--skip-pdf']);
  run(['node_modules/vitest/vitest.mjs', 'run', 'tests/pdf/published.test.ts']);
}
