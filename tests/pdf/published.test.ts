/**
 * A handbook built with its public address (npm run test:base: dist-base/ under /handbook/): its
 * PDFs carry a QR code to each chapter, named for the chapter, and their links and printed
 * addresses point at the public address under its folder, never at the machine that made them.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLISHED } from '../../scripts/check-base-path.ts';
import { readPdf, structNodes } from '../../scripts/lib/read-pdf.ts';

const file = `dist-base/downloads/${PUBLISHED.pdf}.pdf`;

describe('a PDF of the published handbook', () => {
  it('has a QR code to its chapter with alternative text naming it, and links to the public address', async () => {
    expect(existsSync(file), `${file} (made by npm run test:base)`).toBe(true);
    const pdf = await readPdf(file);
    const figures = pdf.pages.flatMap((p) => structNodes(p.struct)).filter((n) => n.role === 'Figure');
    expect(figures.some((f) => (f.alt ?? '').includes('ฝึกเตรียมและปฏิบัติการตรวจสอบในพื้นที่'))).toBe(true);
    // The address under the code, printed whole: each piece (it breaks only after a "/") in order.
    // Its lines sit beside the chapter's summary, so a line read back may hold both.
    const text = pdf.pages
      .map((p) => p.lines.map((l) => l.text).join(''))
      .join('')
      .replace(/\s/g, '');
    const address = `${PUBLISHED.site.replace(/^https:\/\//, '')}sessions/field-inspection-practice/`;
    let at = 0;
    for (const piece of address.split(/(?<=\/)/)) {
      const found = text.indexOf(piece, at);
      expect(found, `"${piece}" of ${address}`).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }
    const links = pdf.pages.flatMap((p) => p.links.map((l) => l.url ?? ''));
    expect(links.some((u) => u.startsWith(PUBLISHED.site))).toBe(true);
    expect(links.filter((u) => /localhost|127\.0\.0\.1/.test(u))).toEqual([]);
  }, 60_000);
});
