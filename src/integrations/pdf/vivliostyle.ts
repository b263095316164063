/**
 * Lays out one manual with Vivliostyle's viewer (contents with page numbers, running chapter
 * heads, right-hand chapter openings) in a tab of a browser we drive, and prints it with Chromium.
 * It does what Vivliostyle CLI's `build` does for a web page (the same viewer parameters, the
 * 800×600 window by which the viewer knows it runs headless, print media, the viewer's table of
 * contents for the bookmarks), without what the CLI adds around it: a Vite server, a browser per
 * manual, and its own pass of pdf-lib over the file, which ./finish.ts makes anyway.
 */
import type { BrowserContext } from 'playwright-core';
import type { OutlineItem } from './outline.ts';

export interface LaidOutManual {
  /** Chromium's PDF of the laid-out pages. */
  pdf: Uint8Array;
  /** The pages the viewer laid out (Chromium may print a blank one more). */
  pages: number;
  /** The viewer's table of contents: the bookmarks. */
  outline: OutlineItem[];
}

/** The viewer's address for a document, with the parameters Vivliostyle CLI gives it for an A4 build. */
export function viewerAddress(viewerUrl: string, documentUrl: string): string {
  const page = encodeURIComponent('@page{size:A4;}');
  return `${viewerUrl}#src=${documentUrl.replace(/&/g, '%26')}&bookMode=true&renderAllPages=true&style=data:,/*<viewer>*/${page}/*</viewer>*/`;
}

interface ViewerWindow {
  coreViewer?: {
    readyState: string;
    addListener(type: string, listener: (payload: { a?: string }) => void): void;
    removeListener(type: string, listener: (payload: { a?: string }) => void): void;
    showTOC(show: boolean): void;
    getTOC(): OutlineItem[];
  };
}

export async function layOutManual(
  context: BrowserContext,
  viewerUrl: string,
  documentUrl: string,
  { timeout = 240_000 }: { timeout?: number } = {},
): Promise<LaidOutManual> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  page.setDefaultTimeout(timeout);
  const errors: string[] = [];
  // Page errors only: the viewer logs every time slice to the console, and carrying those
  // messages to Node cost about 5 s a manual.
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(viewerAddress(viewerUrl, documentUrl));
    await page.waitForFunction(() => Boolean((window as ViewerWindow).coreViewer));
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => (window as ViewerWindow).coreViewer?.readyState === 'complete', undefined, { polling: 500 });
    if (errors.length > 0) throw new Error(`Vivliostyle could not lay out ${documentUrl}: ${errors.join('; ')}`);
    const outline = await page.evaluate(
      () =>
        new Promise<OutlineItem[]>((resolve) => {
          const viewer = (window as ViewerWindow).coreViewer!;
          const listener = (payload: { a?: string }) => {
            if (payload.a !== 'toc') return;
            viewer.removeListener('done', listener);
            viewer.showTOC(false);
            resolve(viewer.getTOC());
          };
          viewer.addListener('done', listener);
          viewer.showTOC(true);
        }),
    );
    const pages = await page.evaluate(
      () => document.querySelectorAll('#vivliostyle-viewer-viewport > div > div > div[data-vivliostyle-page-container]').length,
    );
    const pdf = await page.pdf({
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      printBackground: true,
      tagged: true,
      preferCSSPageSize: true,
    });
    return { pdf: new Uint8Array(pdf), pages, outline };
  } finally {
    await page.close();
  }
}
