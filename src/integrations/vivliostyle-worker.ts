/**
 * Makes one manual with Vivliostyle's JavaScript API, in a worker thread: Vivliostyle keeps state
 * per process, so two manuals made at the same time each need their own (src/integrations/pdfs.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { build } from '@vivliostyle/cli';

try {
  await build(workerData as Parameters<typeof build>[0]);
  parentPort?.postMessage({ ok: true });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: (error as Error).message });
}
