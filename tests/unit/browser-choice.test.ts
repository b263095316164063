/**
 * Which Chromium the build and the tests pick (src/integrations/browser.ts): CHROMIUM_PATH first,
 * then, for the build, a headless shell; for the tests, a full browser.
 */
import { describe, expect, test } from 'vitest';
import { findHeadlessShell, findInstalledBrowser, headlessShellPaths, printingProblem } from '../../src/integrations/browser.ts';

const existing =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('the build prefers a headless shell', () => {
  test('Debian’s chromium-headless-shell over the full browser', () => {
    const exists = existing('/usr/lib/chromium/chromium', '/usr/lib/chromium/chromium-headless-shell');
    expect(findHeadlessShell({}, exists, 'linux')?.executablePath).toBe('/usr/lib/chromium/chromium-headless-shell');
  });

  test('CHROMIUM_PATH wins over an installed headless shell', () => {
    const exists = existing('/opt/chrome/chrome', '/usr/lib/chromium/chromium-headless-shell');
    expect(findHeadlessShell({ CHROMIUM_PATH: '/opt/chrome/chrome' }, exists, 'linux')).toMatchObject({
      executablePath: '/opt/chrome/chrome',
      source: 'CHROMIUM_PATH',
    });
  });

  test('no installed shell: nothing here, so the build goes on to the npm one', () => {
    expect(findHeadlessShell({}, existing('/usr/lib/chromium/chromium'), 'linux')).toBeUndefined();
    expect(headlessShellPaths('darwin')).toEqual([]);
  });
});

describe('the tests take a full browser', () => {
  test('the full Chromium, even when a headless shell is installed', () => {
    const exists = existing('/usr/lib/chromium/chromium', '/usr/lib/chromium/chromium-headless-shell');
    expect(findInstalledBrowser({}, exists)?.executablePath).toBe('/usr/lib/chromium/chromium');
  });

  test('a CHROMIUM_PATH with nothing there is an error that names it', () => {
    expect(() => findInstalledBrowser({ CHROMIUM_PATH: '/nowhere/chrome' }, existing())).toThrow(/CHROMIUM_PATH .*\/nowhere\/chrome/);
  });
});

describe('the PDFs need a Chromium that prints page margins', () => {
  test.each([
    ['156.0.8078.114', false],
    ['131.0.6778.0', false],
    ['130.0.6723.58', true],
    ['', true],
  ])('Chromium %j is refused: %s', (version, refused) => {
    expect(printingProblem(version) !== undefined).toBe(refused);
  });
  test('the refusal says what to do', () => {
    expect(printingProblem('120.0.1')).toMatch(/Chromium 120\.0\.1 .* CHROMIUM_PATH/);
  });
});
