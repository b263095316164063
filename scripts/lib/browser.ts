/**
 * Finds a Chromium for the tests (and later the PDFs). In order: the CHROMIUM_PATH environment
 * variable, Debian's chromium (/usr/lib/chromium/chromium, /usr/bin/chromium), then
 * Playwright's own download (`npx playwright install chromium`, where the network allows).
 */
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Returns an executable path, or undefined to let Playwright use its own downloaded browser. */
export function findChromium(env: Record<string, string | undefined> = process.env, exists = existsSync): string | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no file there.`);
    return fromEnv;
  }
  return SYSTEM_CANDIDATES.find((p) => exists(p));
}

/** Flags for running Chromium as root on a closed network (no sandbox, no background calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_BROWSER_HELP =
  'No Chromium found. Install one (Debian: apt-get install chromium), set CHROMIUM_PATH to its executable, or run `npx playwright install chromium` where the network allows.';

/** Playwright launch options for the found Chromium (Playwright's own browser when none is found). */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
