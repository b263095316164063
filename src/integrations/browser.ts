/**
 * Finds a Chromium for the PDFs, the tests and the scripts, so that a machine with only Node and
 * npm can build the whole handbook. In order:
 *   1. CHROMIUM_PATH (a Chromium, Chrome or Edge executable);
 *   2. an installed Chrome, Chromium or Edge in the usual places on Linux, macOS and Windows;
 *   3. the Chromium inside the npm package @sparticuz/chromium (an optional dependency; Linux x64),
 *      unpacked on first use.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Flags for running Chromium headless as root on a closed network (no sandbox, no calls home). */
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
  'No Chromium was found. Set CHROMIUM_PATH to a Chromium, Chrome or Edge executable, install one (Debian: apt-get install chromium), or run npm install again on Linux x64 so that the optional package @sparticuz/chromium is installed.';

/** Where browsers are usually installed, per platform, in order of preference. */
export function installedBrowserPaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
      join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
  ];
}

export interface Browser {
  executablePath: string;
  args: string[];
  /** Where it was found, for messages: "CHROMIUM_PATH", "installed", "@sparticuz/chromium". */
  source: string;
}

/** The first installed browser, without the npm fallback (synchronous). */
export function findInstalledBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
): Browser | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no file there.`);
    return { executablePath: fromEnv, args: CHROMIUM_ARGS, source: 'CHROMIUM_PATH' };
  }
  const installed = installedBrowserPaths(process.platform, env).find((p) => exists(p));
  return installed ? { executablePath: installed, args: CHROMIUM_ARGS, source: 'installed' } : undefined;
}

let cached: Promise<Browser> | undefined;

/** A browser to drive, installed or from npm; throws NO_BROWSER_HELP when there is none. */
export function resolveBrowser(): Promise<Browser> {
  cached ??= (async () => {
    const installed = findInstalledBrowser();
    if (installed) return installed;
    try {
      const { default: chromium } = (await import('@sparticuz/chromium')) as {
        default: { executablePath(): Promise<string>; args: string[] };
      };
      const executablePath = await chromium.executablePath();
      // Its own flags are tuned for serverless machines; keep only its software rendering (GPU-less machines).
      const own = chromium.args.filter((a) => /^--(use-gl|use-angle|enable-unsafe-swiftshader)/.test(a));
      return { executablePath, args: [...CHROMIUM_ARGS, ...own], source: '@sparticuz/chromium' };
    } catch (error) {
      throw new Error(`${NO_BROWSER_HELP} (${(error as Error).message.split('\n')[0]})`, { cause: error });
    }
  })();
  return cached;
}
