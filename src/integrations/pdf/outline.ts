/**
 * A manual's bookmarks, from its contents (./manual.ts): the contents, Part 1 / Part 2 / chapter /
 * section, each pointing at the named destination Chromium writes for the heading's id
 * (ISO 32000-1, 12.3.3).
 */
import { PDFDict, PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface OutlineItem {
  title: string;
  /** The heading's id: the name of its destination in the PDF. */
  id: string;
  children: OutlineItem[];
}

interface Placed extends OutlineItem {
  ref: PDFRef;
  parent: PDFRef;
  children: Placed[];
}

const countAll = (items: readonly OutlineItem[]): number => items.reduce((n, item) => n + countAll(item.children), items.length);

export function addOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const context = doc.context;
  const place = (list: readonly OutlineItem[], parent: PDFRef): Placed[] =>
    list.map((item) => {
      const ref = context.nextRef();
      return { ...item, parent, ref, children: place(item.children, ref) };
    });
  const write = (list: Placed[]) => {
    list.forEach((item, i) => {
      const entry = PDFDict.withContext(context);
      entry.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      entry.set(PDFName.of('Dest'), PDFName.of(item.id));
      entry.set(PDFName.of('Parent'), item.parent);
      const previous = list[i - 1];
      const next = list[i + 1];
      if (previous) entry.set(PDFName.of('Prev'), previous.ref);
      if (next) entry.set(PDFName.of('Next'), next.ref);
      const first = item.children[0];
      const last = item.children.at(-1);
      if (first && last) {
        entry.set(PDFName.of('First'), first.ref);
        entry.set(PDFName.of('Last'), last.ref);
        entry.set(PDFName.of('Count'), PDFNumber.of(countAll(item.children)));
      }
      context.assign(item.ref, entry);
      write(item.children);
    });
  };
  const root = context.nextRef();
  const placed = place(items, root);
  write(placed);
  const outlines = PDFDict.withContext(context);
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), placed[0]!.ref);
  outlines.set(PDFName.of('Last'), placed.at(-1)!.ref);
  outlines.set(PDFName.of('Count'), PDFNumber.of(countAll(placed)));
  context.assign(root, outlines);
  doc.catalog.set(PDFName.of('Outlines'), root);
}
