/**
 * Reads the built PDFs back (poppler-utils) — run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marginIntruders, pageText, pdfFonts, pdfInfo, rawObjects, tocEntries, words } from '../../scripts/lib/pdf-check.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const manifest = JSON.parse(readFileSync(`${outDir}/downloads/pdfs.json`, 'utf8')) as {
  files: Array<{ file: string; title: string; lang: 'th' | 'en'; bytes: number }>;
};
const manuals = manifest.files.filter((f) => f.file.includes('/handbook-'));
const packs = manifest.files.filter((f) => f.file.includes('/session-'));
const MM = 72 / 25.4;

describe('the PDFs', () => {
  it('are all there: two editions and nine session packs per language', () => {
    expect(manuals).toHaveLength(4);
    expect(packs.length).toBeGreaterThanOrEqual(18);
    for (const f of manifest.files) expect(existsSync(`${outDir}/${f.file}`)).toBe(true);
  });

  for (const f of [...manuals, ...packs]) {
    describe(f.file, () => {
      const file = `${outDir}/${f.file}`;
      const info = pdfInfo(file);
      it('is tagged, titled, in the right language, with bookmarks and a sensible page count', () => {
        expect(info['Tagged']).toBe('yes');
        expect(info['Title']).toBe(f.title);
        const pages = Number(info['Pages']);
        if (f.file.includes('/handbook-')) expect(pages).toBeGreaterThan(100);
        else expect(pages).toBeGreaterThan(3);
        expect(pages).toBeLessThan(400);
        const raw = rawObjects(file);
        expect(raw).toMatch(new RegExp(`/Lang\\s*\\(${f.lang}`));
        expect(raw).toContain('/Outlines');
      });
      if (f.file.includes('/session-')) {
        it('prints nothing in the margins but its title and the page numbers', () => {
          const intruders = marginIntruders(words(file), { top: 20 * MM - 2, bottom: 22 * MM - 2 }, [f.title]);
          expect(intruders.map((w) => `p.${w.page} "${w.text}" y=${w.yMin.toFixed(0)}`)).toEqual([]);
        });
      }
      it('embeds all its fonts, Sarabun among them', () => {
        const fonts = pdfFonts(file);
        expect(fonts.filter((x) => !x.embedded)).toEqual([]);
        expect(fonts.some((x) => x.name.includes('Sarabun'))).toBe(true);
      });
    });
  }

  for (const f of manuals) {
    describe(`${f.file}: contents and margins`, () => {
      const file = `${outDir}/${f.file}`;
      const toc = tocEntries(pageText(file, 2) + pageText(file, 3));
      it('has a contents page whose page numbers are right and in order', () => {
        expect(toc.length).toBeGreaterThan(20);
        let previous = 0;
        for (const entry of toc) {
          expect(entry.page).toBeGreaterThanOrEqual(previous);
          previous = entry.page;
          // The chapter starts on the promised page: its title is there (the running header or the heading).
          const text = pageText(file, entry.page).replace(/\s+/g, ' ');
          expect(text, `${entry.title} on page ${entry.page}`).toContain(entry.title.replace(/\s+/g, ' ').slice(0, 12));
        }
      });
      it('prints nothing in the margins but the running header and the page numbers', () => {
        const all = words(file);
        const intruders = marginIntruders(
          all,
          { top: 20 * MM - 2, bottom: 22 * MM - 2 },
          toc.map((e) => e.title).concat(['ภาคผนวก', 'Appendix']),
        );
        expect(intruders.map((w) => `p.${w.page} "${w.text}" y=${w.yMin.toFixed(0)}`)).toEqual([]);
      });
    });
  }
});
