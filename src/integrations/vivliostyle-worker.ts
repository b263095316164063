/**
 * Makes one manual in a worker thread: Vivliostyle's JavaScript API lays it out and prints it
 * (Vivliostyle keeps state per process, so two manuals at once each need their own), then the
 * finisher (./pdf/finish.ts) makes it accessible. src/integrations/pdfs.ts starts these workers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { build } from '@vivliostyle/cli';
import { finishPdf, type FinishOptions } from './pdf/finish.ts';

interface Job {
  vivliostyle: Parameters<typeof build>[0] & { output: string };
  finish: Omit<FinishOptions, 'linkTexts'> & { linkTexts: Array<[string, string]> };
}

const job = workerData as Job;
try {
  await build(job.vivliostyle);
  const finished = await finishPdf(new Uint8Array(readFileSync(job.vivliostyle.output)), {
    ...job.finish,
    linkTexts: new Map(job.finish.linkTexts),
  });
  writeFileSync(job.vivliostyle.output, finished.bytes);
  parentPort?.postMessage({ ok: true, pages: finished.pages });
} catch (error) {
  parentPort?.postMessage({ ok: false, message: (error as Error).message });
}
