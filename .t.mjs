import { build } from '@vivliostyle/cli';
import { serveStatic } from './src/integrations/static-server.ts';
const s = await serveStatic('dist', {});
for (const path of ['exp/']) {
const t0 = Date.now();
await build({ input: `${s.url}${path}`, output: '/tmp/vv/x.pdf', size: 'A4', language: 'en', title: 'x', executableBrowser: '/usr/lib/chromium/chromium', logLevel: 'silent', timeout: 240000 });
console.log(path, Date.now()-t0);
}
await s.close();
