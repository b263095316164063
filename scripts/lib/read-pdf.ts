/**
 * Reads a PDF back as a reader and a screen reader would get it, with pdf.js (no system tools):
 * the document's info, XMP metadata and outline, and per page its size, its lines of text with
 * where they sit and whether they are artifacts, its link annotations and its structure tree.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Line {
  /** Distance of the baseline from the top of the page, in points. */
  top: number;
  left: number;
  right: number;
  text: string;
  /** All of the line's text is marked as artifact (running head, page number). */
  artifact: boolean;
  bold: boolean;
  /** The largest font size on the line, in points. */
  size: number;
}

export interface StructNode {
  role: string;
  alt?: string;
  lang?: string;
  children: StructNode[];
}

export interface Page {
  number: number;
  width: number;
  height: number;
  lines: Line[];
  links: Array<{ url: string | undefined; dest: string | undefined; contents: string }>;
  struct: StructNode | undefined;
}

export interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

export interface Pdf {
  pages: Page[];
  info: Record<string, unknown>;
  xmp: string;
  outline: OutlineItem[];
  /** The names of the document's named destinations (targets of bookmarks and internal links). */
  destinations: string[];
}

type TextItem = { str: string; transform: number[]; width: number; fontName: string };

export async function readPdf(file: string, { pages: wanted }: { pages?: (n: number, total: number) => boolean } = {}): Promise<Pdf> {
  // fontExtraProperties: the fonts' own names ("AAAAAA+Sarabun-Bold"), by which a line is bold.
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(file)),
    verbosity: 0,
    isEvalSupported: false,
    fontExtraProperties: true,
  }).promise;
  /** pdf.js's font ids ("g_d0_f3") → the fonts' names. Fonts are shared by pages, so few pages need loading. */
  const fontNames = new Map<string, string>();
  const meta = await doc.getMetadata();
  const destinations = Object.keys((await doc.getDestinations()) ?? {});
  const outline = ((await doc.getOutline()) ?? []) as unknown as OutlineItem[];
  const pages: Page[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    if (wanted && !wanted(n, doc.numPages)) continue;
    const page = await doc.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const height = y1 - y0;
    const content = await page.getTextContent({ includeMarkedContent: true });
    const fontIds = new Set((content.items as Array<{ fontName?: string }>).flatMap((i) => (i.fontName ? [i.fontName] : [])));
    if ([...fontIds].some((id) => !fontNames.has(id))) {
      // Text content names fonts by id only; the page's operator list loads the fonts themselves.
      await page.getOperatorList();
      for (const id of fontIds) {
        const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string }) : undefined;
        fontNames.set(id, font?.name ?? '');
      }
    }
    const rows = new Map<number, { items: Array<TextItem & { artifact: boolean }> }>();
    const stack: string[] = [];
    for (const item of content.items as Array<TextItem | { type: string; tag?: string }>) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(item.tag ?? '');
        else if (item.type === 'endMarkedContent') stack.pop();
        continue;
      }
      if (item.str.trim() === '') continue;
      const top = Math.round(height - (item.transform[5] ?? 0));
      const row = rows.get(top) ?? { items: [] };
      row.items.push({ ...item, artifact: stack.includes('Artifact') });
      rows.set(top, row);
    }
    const lines = [...rows.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([top, row]) => {
        const items = row.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
        return {
          top,
          left: Math.min(...items.map((i) => i.transform[4] ?? 0)),
          right: Math.max(...items.map((i) => (i.transform[4] ?? 0) + i.width)),
          text: items.map((i) => i.str).join(''),
          artifact: items.every((i) => i.artifact),
          bold: items.every((i) => /bold/i.test(fontNames.get(i.fontName) ?? '')),
          size: Math.max(...items.map((i) => Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0))),
        };
      });
    const annotations = (await page.getAnnotations()) as Array<{
      subtype: string;
      url?: string;
      dest?: unknown;
      contentsObj?: { str: string };
    }>;
    const links = annotations
      .filter((a) => a.subtype === 'Link')
      .map((a) => ({ url: a.url, dest: typeof a.dest === 'string' ? a.dest : undefined, contents: a.contentsObj?.str ?? '' }));
    const struct = ((await page.getStructTree()) ?? undefined) as StructNode | undefined;
    pages.push({ number: n, width: x1 - x0, height, lines, links, struct });
    page.cleanup();
  }
  const xmp = meta.metadata ? String((meta.metadata as unknown as { _metadataMap?: unknown; getRaw?: () => string }).getRaw?.() ?? '') : '';
  await doc.destroy();
  return { pages, info: meta.info as Record<string, unknown>, xmp, outline, destinations };
}

/** Every node of a structure tree. */
export function structNodes(node: StructNode | undefined): StructNode[] {
  if (!node) return [];
  return [node, ...(node.children ?? []).filter((c): c is StructNode => typeof c === 'object' && 'role' in c).flatMap(structNodes)];
}
