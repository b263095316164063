/**
 * npm run test:base — builds the site under a sub-path (BASE_PATH=/handbook/, as an NACC office
 * hosting it in a folder would) into dist-base/, indexes it, adds the service worker and manifest, and checks that every link, asset
 * and script stays inside that folder and resolves.
 */
import { execFileSync } from 'node:child_process';

const env = { ...process.env, BASE_PATH: '/handbook/', OUT_DIR: 'dist-base', ASTRO_TELEMETRY_DISABLED: '1' };
const run = (args: string[]) => execFileSync(process.execPath, args, { env, stdio: 'inherit' });
run(['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
run(['scripts/build-search-index.ts']);
run(['scripts/build-service-worker.ts']);
run(['scripts/check-links.ts', 'dist-base', '--skip-pdf']);
