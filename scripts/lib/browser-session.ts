/**
 * What the scripts and benchmarks need to look at the built handbook: the browser
 * (src/integrations/browser.ts finds one) and the site served on loopback.
 */
import { chromium, type Browser } from 'playwright-core';
import { resolveBrowser } from '../../src/integrations/browser.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { readBasePath } from '../../src/lib/base-path.ts';

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await resolveBrowser();
  return chromium.launch({ executablePath, args });
}

/** Serves dist/ (or OUT_DIR) under BASE_PATH on a free loopback port; `compress` gzips text as a web host does. */
export function serveBuilt(port = 0, { compress = false, dir = process.env.OUT_DIR ?? 'dist' } = {}): Promise<StaticServer> {
  return serveStatic(dir, { port, base: readBasePath(process.env.BASE_PATH), compress });
}
