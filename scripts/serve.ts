/**
 * npm run serve (and the second half of npm start): serves the built handbook from dist/ at
 * http://localhost:4321/ the way a plain web server would (src/integrations/static-server.ts).
 * PORT, OUT_DIR and BASE_PATH change where and what it serves.
 */
import { existsSync } from 'node:fs';
import { readBasePath } from '../src/lib/base-path.ts';
import { serveStatic } from '../src/integrations/static-server.ts';

const dir = process.env.OUT_DIR ?? 'dist';
if (!existsSync(dir)) {
  console.error(`There is no built site in ${dir}/. Run npm run build first.`);
  process.exit(1);
}
const server = await serveStatic(dir, {
  port: Number(process.env.PORT ?? 4321),
  base: readBasePath(process.env.BASE_PATH),
  host: process.env.HOST ?? 'localhost',
});
console.log(`The handbook is served at ${server.url} (Ctrl+C stops it).`);
