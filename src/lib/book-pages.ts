/**
 * Page planning for the printed manuals, which Chromium lays out in two passes
 * (src/integrations/pdf/manual.ts). The first pass shows on which page each part, chapter and
 * front-matter section starts. Each must open on a right-hand (odd) page, so a blank page goes in
 * before any that would start on a left-hand one; every page after it moves on by one, and the
 * contents print the moved numbers. Chapters already start on a new page, so a blank page moves
 * the rest of the book and changes nothing else. Pure.
 */

export interface SectionStart {
  /** The section's id. */
  id: string;
  /** Its first page in the first pass, counted from 1 (the cover). */
  page: number;
}

export interface RectoPlan {
  /** Ids of the sections that get a blank page before them, in document order. */
  blankBefore: string[];
  /** Where a page of the first pass ends up once the blank pages are in. */
  finalPage(firstPassPage: number): number;
}

export function planRectoPages(starts: readonly SectionStart[]): RectoPlan {
  const blankBefore: string[] = [];
  /** First-pass pages at which a blank page goes in. */
  const blanksAt: number[] = [];
  let previous = 0;
  for (const { id, page } of starts) {
    if (!Number.isInteger(page) || page < 1) throw new Error(`Section "${id}" has no first page (${page}).`);
    if (page < previous) throw new Error(`Section "${id}" starts on page ${page}, before the section ahead of it (page ${previous}).`);
    previous = page;
    const shifted = page + blanksAt.length;
    if (shifted % 2 === 0) {
      blankBefore.push(id);
      blanksAt.push(page);
    }
  }
  return {
    blankBefore,
    finalPage: (firstPassPage) => firstPassPage + blanksAt.filter((at) => at <= firstPassPage).length,
  };
}

/** A text as a CSS string (for `content:`): quotes, backslashes and line ends escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

export interface RunningHead {
  /** The id of the section (front matter, part title page, chapter) the head belongs to. */
  id: string;
  /** The text at the top of its pages. */
  title: string;
}

/**
 * The running heads as CSS: each section on its own named page, whose top margin shows its title.
 * (Chromium has no string-set; a named page per section does the same.) The first page of each
 * section, its opener, loses its head when the PDF is finished.
 */
export function runningHeadsCss(heads: readonly RunningHead[]): string {
  return (
    heads
      // [id="…"] rather than #…: any id is a valid attribute value, not every id a valid #selector.
      .map(({ id, title }, i) => `[id=${cssString(id)}]{page:head-${i + 1}}@page head-${i + 1}{@top-center{content:${cssString(title)}}}`)
      .join('\n')
  );
}
