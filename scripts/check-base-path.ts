/**
 * npm run test:base — builds the handbook under a folder (BASE_PATH=/handbook/, as an NACC office
 * hosting it in a folder would) into dist-base/, without the PDFs (tested on the main build), and
 * checks that every link, asset and script stays inside that folder and resolves.
 */
import { execFileSync } from 'node:child_process';

const env = { ...process.env, BASE_PATH: '/handbook/', OUT_DIR: 'dist-base', HANDBOOK_PDFS: 'skip', ASTRO_TELEMETRY_DISABLED: '1' };
const run = (args: string[]) => execFileSync(process.execPath, args, { env, stdio: 'inherit' });
run(['node_modules/astro/bin/astro.mjs', 'build', '--silent']);
run(['scripts/check-links.ts', 'dist-base', '--skip-pdf']);
