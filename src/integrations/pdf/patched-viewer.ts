/**
 * Serves a copy of Vivliostyle's viewer with ./viewer-patch.ts applied, for the manuals
 * (./vivliostyle.ts opens it). The copy lives in a temporary folder for the length of the PDF step.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../static-server.ts';
import { patchViewer } from './viewer-patch.ts';

export interface PatchedViewer {
  /** The viewer's index.html, for Vivliostyle's `viewer` option. */
  url: string;
  /** Patches that did not match this version of the viewer (it then runs as it is). */
  missing: string[];
  close(): Promise<void>;
}

/** The installed viewer package's lib folder (index.html, js/, css/). */
function viewerLibDir(): string {
  const main = fileURLToPath(import.meta.resolve('@vivliostyle/viewer'));
  return dirname(dirname(main)); // lib/js/vivliostyle-viewer.js → lib
}

export async function startPatchedViewer(): Promise<PatchedViewer> {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-viewer-'));
  cpSync(viewerLibDir(), dir, { recursive: true });
  const script = join(dir, 'js', 'vivliostyle-viewer.js');
  const { source, missing } = patchViewer(readFileSync(script, 'utf8'));
  writeFileSync(script, source);
  const server = await serveStatic(dir);
  return {
    url: `${server.origin}/index.html`,
    missing,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
