/**
 * The site built from the fixture content tree (tests/fixtures/content) into a fresh temporary
 * folder, for the tests of what a build makes. No PDFs: those are tested on the real content
 * (tests/pdf); these tests are about the pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the fixture site into `<out>/dist` (Astro's cache in `<out>/cache`) and returns the
 * temporary folder and what the build wrote.
 * @param name the start of the folder's name, e.g. "hb-fallback-"
 * @param env more settings for the build, e.g. SITE_URL
 */
export function buildFixtureSite(name: string, env: Record<string, string> = {}): { out: string; log: string } {
  const out = mkdtempSync(join(tmpdir(), name));
  const log = execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      HANDBOOK_CONTENT_DIR: 'tests/fixtures/content',
      OUT_DIR: join(out, 'dist'),
      ASTRO_CACHE_DIR: join(out, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      HANDBOOK_PDFS: 'skip',
      ...env,
    },
    encoding: 'utf8',
    stdio: 'pipe',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { out, log };
}
