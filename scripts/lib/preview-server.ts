/**
 * Serves a built site locally with `astro preview` for the scripts that need a browser on it
 * (PDFs, benchmarks), and waits until it answers. Only localhost: nothing leaves the machine.
 */
import { spawn } from 'node:child_process';

export interface PreviewServer {
  /** http://localhost:<port> */
  origin: string;
  stop(): void;
}

export async function startPreview(port: number, env: NodeJS.ProcessEnv = process.env): Promise<PreviewServer> {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port)], { stdio: 'ignore', env });
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 150; i += 1) {
    try {
      if ((await fetch(`${origin}/`)).status < 500) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { origin, stop: () => child.kill() };
}
