/**
 * npm run check:html — every built page through the W3C Nu HTML Checker (the vnu-jar package, run
 * with Java). Errors fail; messages about CSS are left out, because the checker's CSS parser does
 * not know newer at-rules (@property, @layer) and paged-media properties. Needs Java (Debian:
 * default-jre-headless, which .ci/run installs); without it the check says so and, outside CI, skips.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { missingTool } from './lib/missing-tool.ts';

const dir = process.env.OUT_DIR ?? 'dist';
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error) missingTool('check:html needs Java to run the W3C Nu HTML Checker (Debian: apt-get install default-jre-headless).');
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const run = spawnSync('java', ['-Xss8m', '-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', dir], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as {
  messages: Array<{ type: string; url?: string; message: string; lastLine?: number }>;
};
const errors = messages.filter((m) => m.type === 'error' && !m.message.startsWith('CSS:'));
for (const e of errors) console.error(`${(e.url ?? '').replace(/^file:.*?\/dist\//, 'dist/')}:${e.lastLine ?? ''}: ${e.message}`);
if (errors.length > 0) {
  console.error(`\n${errors.length} HTML error(s). Fix them in the component or page that writes that markup.`);
  process.exit(1);
}
console.log(
  `HTML: no errors in the pages of ${dir}/ (W3C Nu HTML Checker; ${messages.length - errors.length} CSS messages from its older CSS parser left out).`,
);
