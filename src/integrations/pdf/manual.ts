/**
 * Prints one manual (book/[edition].astro) with Chromium, in two passes over the same page:
 *
 * 1. A plain print shows on which page each section marked `recto` (front matter, contents, part
 *    title pages, chapters) starts: Chromium names a destination after the id of every link target.
 * 2. Blank pages go in before the sections that would open on a left-hand page
 *    (src/lib/book-pages.ts), the contents get their page numbers (data-page, which book.css
 *    shows), and the page is printed again, tagged for screen readers.
 *
 * Neither change moves any text: sections start on a new page anyway, and the contents' numbers
 * stand out of the flow. The running heads come from each section's named page (book-pages.ts,
 * runningHeadsCss); the finisher takes them off the openers (`openers`). The bookmarks are the
 * contents' own tree, with the sections the contents leave off the page.
 */
import { PDFDocument, ParseSpeeds } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { planRectoPages } from '../../lib/book-pages.ts';
import { destinationPages } from './destinations.ts';
import type { OutlineItem } from './outline.ts';

export interface PrintedManual {
  /** Chromium's tagged PDF of the manual. */
  pdf: Uint8Array;
  /** Pages, counted from 1, on which a section opens: no running head there. */
  openers: Set<number>;
  /** The page each section opens on, as planned (the finisher checks it). */
  sectionPages: Map<string, number>;
  /** The contents as bookmarks. */
  outline: OutlineItem[];
}

const PRINT = { preferCSSPageSize: true, printBackground: true } as const;

/** Where each named destination of a PDF is, counted from 1. */
async function pagesOfIds(pdf: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  return destinationPages(doc);
}

/** The contents' tree: each entry's words and the id it links to, with the entries under it. */
function readContents(tab: Page): Promise<OutlineItem[]> {
  return tab.evaluate(() => {
    interface Item {
      title: string;
      id: string;
      children: Item[];
    }
    const items = (list: Element | null): Item[] =>
      [...(list?.children ?? [])].flatMap((li) => {
        const a = li.querySelector<HTMLAnchorElement>(':scope > a[href^="#"]');
        if (!a) return [];
        const children = [...li.querySelectorAll(':scope > ol')].flatMap((ol) => items(ol));
        return [{ title: a.textContent!.replace(/\s+/g, ' ').trim(), id: a.getAttribute('href')!.slice(1), children }];
      });
    return items(document.querySelector('.contents > ol'));
  });
}

const allIds = (items: readonly OutlineItem[]): string[] => items.flatMap((item) => [item.id, ...allIds(item.children)]);

export async function printManual(tab: Page, url: string): Promise<PrintedManual> {
  await tab.goto(url, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);

  // First pass: where everything falls.
  const firstPass = await pagesOfIds(new Uint8Array(await tab.pdf(PRINT)));
  const pageOf = (id: string) => {
    const page = firstPass.get(id);
    if (page === undefined)
      throw new Error(`#${id} is not a link target in the manual, so its page is unknown: link to it from the contents.`);
    return page;
  };
  const rectoIds = await tab.evaluate(() => [...document.querySelectorAll('.recto')].map((e) => e.id));
  const plan = planRectoPages(rectoIds.map((id) => ({ id, page: pageOf(id) })));
  const outline = await readContents(tab);
  const pageNumbers = Object.fromEntries(allIds(outline).map((id) => [id, String(plan.finalPage(pageOf(id)))]));

  // Second pass: the blank pages in, the contents numbered.
  await tab.evaluate(
    ({ blankBefore, pageNumbers }) => {
      for (const id of blankBefore) {
        const blank = document.createElement('div');
        blank.className = 'blank-page';
        blank.setAttribute('aria-hidden', 'true');
        document.getElementById(id)!.before(blank);
      }
      for (const a of document.querySelectorAll<HTMLAnchorElement>('.contents a[href^="#"]')) {
        a.dataset.page = pageNumbers[a.getAttribute('href')!.slice(1)];
      }
    },
    { blankBefore: plan.blankBefore, pageNumbers },
  );
  const pdf = new Uint8Array(await tab.pdf({ ...PRINT, tagged: true }));
  const sectionPages = new Map(rectoIds.map((id) => [id, plan.finalPage(pageOf(id))]));
  return { pdf, openers: new Set(sectionPages.values()), sectionPages, outline };
}
