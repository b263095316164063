/** The finisher's check that a manual's sections are where the two passes planned them (src/integrations/pdf/finish.ts). */
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { destinationPages } from '../../src/integrations/pdf/destinations.ts';
import { finishPdf, type FinishOptions } from '../../src/integrations/pdf/finish.ts';

/** A three-page PDF with destinations as Chromium writes them: /Dests name → [page /XYZ …]. */
async function pdfWithDestinations(targets: Record<string, number>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const pages = [doc.addPage(), doc.addPage(), doc.addPage()];
  const dests = doc.context.obj({});
  for (const [id, page] of Object.entries(targets)) {
    dests.set(PDFName.of(id), doc.context.obj([pages[page - 1]!.ref, PDFName.of('XYZ'), 0, 800, 0]));
  }
  doc.catalog.set(PDFName.of('Dests'), dests);
  return doc.save();
}

const options: FinishOptions = { title: 't', lang: 'th', exactA4: true, linkTexts: new Map(), margins: { top: 54, bottom: 60 } };

describe('a manual’s planned pages', () => {
  it('reads where each destination is', async () => {
    const doc = await PDFDocument.load(await pdfWithDestinations({ preface: 1, 'module-a': 3 }));
    expect(destinationPages(doc)).toEqual(
      new Map([
        ['preface', 1],
        ['module-a', 3],
      ]),
    );
  });

  it('finishes a PDF whose sections are where planned, and stops on one that moved, naming it', async () => {
    const bytes = await pdfWithDestinations({ preface: 1, 'module-a': 3 });
    await expect(finishPdf(bytes, { ...options, expectedPages: new Map([['module-a', 3]]) })).resolves.toMatchObject({ pages: 3 });
    await expect(finishPdf(bytes, { ...options, expectedPages: new Map([['module-a', 2]]) })).rejects.toThrow(/#module-a on 3, not 2/);
  });
});
