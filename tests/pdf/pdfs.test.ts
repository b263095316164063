/**
 * Reads every PDF of the build back (pdf.js, so no system tools are needed), as the office that
 * prints it and a reader with a screen reader would get it. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DownloadIndex } from '../../src/lib/downloads.ts';
import { decodeEntities } from '../../src/lib/downloads.ts';
import { readThaiWords } from '../../src/config/thai-words.ts';
import { wordsBrokenAtLineEnds } from '../../src/lib/broken-words.ts';
import { readPdf, structNodes, type Pdf } from '../../scripts/lib/read-pdf.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const index = JSON.parse(readFileSync(join(outDir, 'downloads', 'index.json'), 'utf8')) as DownloadIndex;
const words = readThaiWords().words;
const MM = 72 / 25.4;
const STANDARD = new Set(
  'Root Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(
    ' ',
  ),
);
const LOCAL = /localhost|127\.0\.0\.1|0\.0\.0\.0|example\.(org|com|net)/i;
const lang = (file: string) => (file.includes('/en/') ? 'en' : 'th');
const titleOf = (page: string) =>
  decodeEntities(/<title>([^<]*)<\/title>/.exec(readFileSync(join(outDir, page, 'index.html'), 'utf8'))?.[1] ?? '');
const pageOf = (file: string) => {
  const [, l, name] = /downloads\/(th|en)\/(.+)\.pdf$/.exec(file) ?? [];
  const prefix = l === 'en' ? 'en/' : '';
  if (name === 'handbook-participant') return `${prefix}book/participant`;
  if (name === 'handbook-facilitator') return `${prefix}book/facilitator`;
  if (name?.startsWith('form-')) return `${prefix}book/forms/${name.slice(5)}`;
  const [, slug, part] = /^session-(.+)-(handout|trainer)$/.exec(name ?? '') ?? [];
  return `${prefix}book/sessions/${slug}/${part}`;
};
const bodyText = (page: Pdf['pages'][number]) =>
  page.lines
    .filter((l) => !l.artifact)
    .map((l) => l.text)
    .join('');

describe('the PDFs', () => {
  it('are all listed: per language two manuals, a handout and a trainer pack per session, a file per form', () => {
    const files = index.files.map((f) => f.file);
    for (const l of ['th', 'en']) {
      expect(files.filter((f) => f.startsWith(`downloads/${l}/handbook-`))).toHaveLength(2);
      expect(files.filter((f) => f.startsWith(`downloads/${l}/session-`)).length).toBeGreaterThanOrEqual(18);
      expect(files.filter((f) => f.startsWith(`downloads/${l}/form-`)).length).toBeGreaterThanOrEqual(4);
    }
  });

  for (const entry of index.files) {
    const file = join(outDir, entry.file);
    const manual = entry.file.includes('/handbook-');
    describe(entry.file, () => {
      let pdf: Pdf;
      it('reads back', async () => {
        pdf = await readPdf(file);
        expect(pdf.pages.length).toBe(entry.pages);
      }, 120_000);

      it('is A4 on every page, titled, in its language, with XMP naming it PDF/UA', () => {
        for (const p of pdf.pages) {
          expect(Math.abs(p.width - 595.28), `page ${p.number} width`).toBeLessThan(0.5);
          expect(Math.abs(p.height - 841.89), `page ${p.number} height`).toBeLessThan(0.5);
        }
        expect(pdf.info['Title']).toBe(titleOf(pageOf(entry.file)));
        expect(pdf.info['Language']).toBe(lang(entry.file));
        expect(pdf.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
        expect(pdf.xmp).toContain(`<rdf:li>${lang(entry.file)}</rdf:li>`);
      });

      it('prints and links no local or example address, and every link says where it goes', () => {
        // Destination names are the pages' ids, never an address of the build machine, and within
        // PDF's 127-byte limit on names.
        for (const name of pdf.destinations) {
          expect(name).not.toMatch(/^viv-id-|127:002e0|localhost/);
          expect(Buffer.byteLength(name), name).toBeLessThanOrEqual(127);
        }
        for (const p of pdf.pages) {
          for (const l of p.lines) expect(l.text, `page ${p.number}`).not.toMatch(LOCAL);
          for (const link of p.links) {
            expect(link.url ?? '', `page ${p.number}`).not.toMatch(LOCAL);
            expect(link.contents.trim(), `link ${link.url ?? link.dest} on page ${p.number}`).not.toBe('');
          }
        }
      });

      it('keeps running heads and page numbers as artifacts, and prints nothing else in the margins or off the page', () => {
        for (const p of pdf.pages) {
          for (const l of p.lines) {
            const where = `page ${p.number}: "${l.text.slice(0, 40)}" at ${l.top.toFixed(0)} pt`;
            if (l.top < 19 * MM || l.top > p.height - 21 * MM) expect(l.artifact, where).toBe(true);
            expect(l.right, where).toBeLessThan(p.width - 15 * MM);
            expect(l.left, where).toBeGreaterThan(15 * MM);
          }
        }
      });

      it('prints each page number once, on every page but the cover and blank pages', () => {
        for (const p of pdf.pages) {
          const numbers = p.lines.filter(
            (l) => l.artifact && l.top > p.height - 21 * MM && new RegExp(`(^|\\D)${p.number}\\s*/`).test(l.text),
          );
          const blank = bodyText(p).trim() === '';
          if (blank)
            expect(
              p.lines.filter((l) => l.artifact),
              `blank page ${p.number}`,
            ).toEqual([]);
          // Every page but a manual's cover has its number, once (a handout's first page too).
          else if (!(manual && p.number === 1)) expect(numbers.length, `page ${p.number}`).toBe(1);
        }
      });

      it('has no near-blank page', () => {
        for (const p of pdf.pages) {
          const text = bodyText(p).replace(/\s/g, '');
          // A part's title page holds only its title, by design.
          const partTitle = manual && /^(ภาค\d|ภาคผนวก|Part\d|Appendix)/.test(text) && text.length < 60;
          if (text.length > 0 && !partTitle) expect(text.length, `page ${p.number}: "${text}"`).toBeGreaterThan(25);
        }
      });

      it('never ends a page with a heading: a heading stays whole and with what follows it', () => {
        for (const p of pdf.pages) {
          const body = p.lines.filter((l) => !l.artifact);
          const last = body.at(-1);
          // A part's title page and the cover hold only large titles, by design.
          if (!last || body.every((l) => l.size >= 12) || p.number === 1) continue;
          // Headings print at 12 pt and more (book.css); body text, tables and answers at 11 pt or less.
          expect(last.bold && last.size >= 12, `page ${p.number} ends with the heading "${last.text.slice(0, 50)}"`).toBe(false);
        }
      });

      it('splits no word of the Thai word list across two lines', () => {
        const broken = pdf.pages.flatMap((p) =>
          wordsBrokenAtLineEnds(
            p.lines.filter((l) => !l.artifact).map((l) => l.text),
            words,
          ).map((b) => `page ${p.number}: ${b.word} (${b.at})`),
        );
        expect(broken).toEqual([]);
      });

      it('uses standard structure types, gives every figure alternative text, and tags Thai words in English', () => {
        const nodes = pdf.pages.flatMap((p) => structNodes(p.struct));
        expect(nodes.length).toBeGreaterThan(0);
        expect([...new Set(nodes.map((n) => n.role))].filter((r) => !STANDARD.has(r))).toEqual([]);
        for (const figure of nodes.filter((n) => n.role === 'Figure')) expect(figure.alt ?? '', 'a figure without alt').not.toBe('');
        const thaiText = pdf.pages.some((p) => p.lines.some((l) => !l.artifact && /[\u0E00-\u0E7F]/.test(l.text)));
        if (lang(entry.file) === 'en' && thaiText) expect(nodes.some((n) => n.lang === 'th')).toBe(true);
      });

      if (manual) {
        it('opens with the cover on its own page and the imprint behind it', () => {
          // pdf.js reads text in Unicode's NFKC form (ำ as ํ + า).
          expect(bodyText(pdf.pages[0]!)).toContain(titleOf(pageOf(entry.file)).split(' (')[0]!.slice(0, 20).normalize('NFKC'));
          expect(pdf.pages[0]!.lines.some((l) => l.artifact)).toBe(false);
        });

        it('has bookmarks for the contents, both parts, every chapter and its sections, none doubled', () => {
          const top = pdf.outline.map((o) => o.title);
          expect(top.some((t) => /สารบัญ|Contents/.test(t))).toBe(true);
          const parts = pdf.outline.filter((o) => o.items.length >= 5);
          expect(parts.length).toBe(2);
          for (const part of parts) {
            for (const chapter of part.items) expect(chapter.items.length, chapter.title).toBeGreaterThan(0);
          }
          const siblings = (items: Pdf['outline']): void => {
            const titles = items.map((i) => i.title);
            expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
            for (const i of items) siblings(i.items);
          };
          siblings(pdf.outline);
        });

        it('has a contents page whose page numbers point at each chapter, which opens on a right-hand page with no running head', () => {
          const contents = pdf.pages.slice(0, 12).find((p) => p.lines.some((l) => /^(สารบัญ|Contents)$/.test(l.text.trim())))!;
          expect(contents).toBeDefined();
          const entries = contents.lines
            .filter((l) => !l.artifact)
            // Title, then the page number (the dotted line between them is drawn, not text).
            .map((l) => /^(.*?)\s*(\d+)$/.exec(l.text.trim()))
            .filter((m): m is RegExpExecArray => m !== null)
            .map((m) => ({ title: m[1]!.trim(), page: Number(m[2]) }));
          expect(entries.length).toBeGreaterThan(20);
          for (const { title, page } of entries) {
            const target = pdf.pages[page - 1]!;
            const text = target.lines
              .map((l) => l.text)
              .join(' ')
              .replace(/\s+/g, ' ');
            expect(text, `${title} on page ${page}`).toContain(title.replace(/\s+/g, ' ').slice(0, 14));
            expect(page % 2, `${title} opens on page ${page}, a left-hand page`).toBe(1);
            expect(
              target.lines.filter((l) => l.artifact && l.top < 19 * MM),
              `running head on the opener of ${title}`,
            ).toEqual([]);
          }
        });

        it('never leaves a glossary term at the foot of a page with its definition overleaf', () => {
          const glossaryPages = pdf.pages.filter((p) => p.lines.some((l) => l.artifact && /อภิธานศัพท์|Glossary/.test(l.text)));
          expect(glossaryPages.length).toBeGreaterThan(2);
          for (const p of glossaryPages) {
            const body = p.lines.filter((l) => !l.artifact);
            expect(body.at(-1)?.bold, `page ${p.number} ends with a term`).toBe(false);
          }
        });
      } else {
        it('holds what its reader needs: no answers or trainer notes in a handout, answers in a trainer pack', () => {
          const text = pdf.pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n');
          if (entry.file.endsWith('-handout.pdf')) {
            expect(text).not.toMatch(/บันทึกสำหรับวิทยากร|Note for trainers|เฉลย:|Answer key:/);
          }
          if (entry.file.endsWith('-trainer.pdf') && /แบบฝึกหัด|Worksheet/.test(text)) expect(text).toMatch(/เฉลย|Answer/);
        });
      }
    });
  }
});
