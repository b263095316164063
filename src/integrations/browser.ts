/**
 * Finds a Chromium for the PDFs, the tests and the scripts, so that a machine with only Node and
 * npm can build the whole handbook. For the tests, in order:
 *   1. CHROMIUM_PATH (a Chromium, Chrome or Edge executable);
 *   2. an installed Chrome, Chromium or Edge in the usual places on Linux, macOS and Windows;
 *   3. the Chromium inside the npm package @sparticuz/chromium (an optional dependency; Linux x64),
 *      unpacked on first use.
 * The build (PDFs, slide checks, share images) prefers a headless shell, Chromium without its
 * windowing layer: it lays out and prints the same Blink pages with less CPU (all 52 PDFs, the
 * bulk of the build, side by side: 140 against 170 CPU-seconds). So for the build:
 * CHROMIUM_PATH, an installed headless shell (Debian: chromium-headless-shell),
 * @sparticuz/chromium (a headless shell too), then an
 * installed browser. The tests keep the full browser: its offline switch also reaches the
 * service worker, which the headless shell's does not (tests/e2e/offline.spec.ts).
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
  // Glyph positions as the font gives them, not snapped to the screen's pixel grid: hinting
  // makes the headless shell print Latin text wider (a page more per English pack) and spaced
  // so that PDF readers read "t he" for "the".
  '--font-render-hinting=none',
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

/** Where a Chromium headless shell is usually installed (Linux packages; elsewhere none). */
export function headlessShellPaths(platform: NodeJS.Platform = process.platform): string[] {
  return platform === 'linux' ? ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'] : [];
}

/** What the browser is for: the build prefers a headless shell, the tests a full browser. */
export type BrowserUse = 'build' | 'tests';

export interface Browser {
  executablePath: string;
  args: string[];
  /** Where it was found, for messages: "CHROMIUM_PATH", "installed", "@sparticuz/chromium". */
  source: string;
}

/** The browser named by CHROMIUM_PATH, if it is set; an error if nothing is there. */
function browserFromEnv(env: NodeJS.ProcessEnv, exists: (p: string) => boolean): Browser | undefined {
  const fromEnv = env['CHROMIUM_PATH'];
  if (!fromEnv) return undefined;
  if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but there is no file there.`);
  return { executablePath: fromEnv, args: CHROMIUM_ARGS, source: 'CHROMIUM_PATH' };
}

const firstOf = (paths: string[], exists: (p: string) => boolean, source: string): Browser | undefined => {
  const found = paths.find((p) => exists(p));
  return found ? { executablePath: found, args: CHROMIUM_ARGS, source } : undefined;
};

/** The first installed browser, without the npm fallback (synchronous). */
export function findInstalledBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
): Browser | undefined {
  return browserFromEnv(env, exists) ?? firstOf(installedBrowserPaths(process.platform, env), exists, 'installed');
}

/** For the build: CHROMIUM_PATH, then an installed headless shell (synchronous; undefined if neither). */
export function findHeadlessShell(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
  platform: NodeJS.Platform = process.platform,
): Browser | undefined {
  return browserFromEnv(env, exists) ?? firstOf(headlessShellPaths(platform), exists, 'installed headless shell');
}

const cached = new Map<BrowserUse, Promise<Browser>>();

/**
 * A browser to drive, installed or from npm, in the order above for its use; throws
 * NO_BROWSER_HELP when there is none.
 */
export function resolveBrowser(use: BrowserUse = 'tests'): Promise<Browser> {
  let found = cached.get(use);
  if (!found) {
    found = use === 'build' ? browserForBuild() : browserForTests();
    cached.set(use, found);
  }
  return found;
}

async function browserForTests(): Promise<Browser> {
  return findInstalledBrowser() ?? (await browserFromNpm());
}

async function browserForBuild(): Promise<Browser> {
  const shell = findHeadlessShell();
  if (shell) return shell;
  try {
    return await browserFromNpm();
  } catch (error) {
    const installed = findInstalledBrowser();
    if (installed) return installed;
    throw error;
  }
}

/** The headless shell inside @sparticuz/chromium, unpacked on first use. */
async function browserFromNpm(): Promise<Browser> {
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
}

/**
 * The first Chromium that prints CSS page-margin boxes (the PDFs' running heads and page numbers):
 * an older one prints the pages without them, so the PDF step refuses it.
 */
export const MIN_PRINTING_CHROMIUM = 131;

/** Why a browser (as Playwright's Browser.version() gives it, "156.0.8078.114") cannot print the PDFs, or undefined. */
export function printingProblem(version: string): string | undefined {
  const major = Number.parseInt(version, 10);
  if (Number.isInteger(major) && major >= MIN_PRINTING_CHROMIUM) return undefined;
  return `Chromium ${version} does not print the PDFs' running heads and page numbers (CSS page-margin boxes came in Chromium ${MIN_PRINTING_CHROMIUM}). Install a newer Chromium or Chrome, or point CHROMIUM_PATH at one.`;
}
