/**
 * Named destinations: the targets of bookmarks and internal links, which Chromium names after the
 * ids of the page's link targets. Where each one is (the manuals' first pass reads it), and names
 * kept within PDF's 127-byte limit on names (ISO 32000-1, Annex C), which readers such as poppler
 * warn about: an id too long is cut and given a short hash so that names stay distinct.
 */
import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument } from 'pdf-lib';

/** PDF 1.7's implementation limit for a name, in bytes. */
const NAME_LIMIT = 127;

/** The page of each named destination, counted from 1. */
export function destinationPages(doc: PDFDocument): Map<string, number> {
  const pages = new Map(doc.getPages().map((page, i) => [page.ref, i + 1]));
  const found = new Map<string, number>();
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (!(dests instanceof PDFDict)) return found;
  for (const [name, value] of dests.entries()) {
    const target = value instanceof PDFRef ? doc.context.lookup(value) : value;
    const array = target instanceof PDFDict ? target.lookup(PDFName.of('D')) : target;
    const page = array instanceof PDFArray ? array.get(0) : undefined;
    const number = page instanceof PDFRef ? pages.get(page) : undefined;
    if (number !== undefined) found.set(name.decodeText(), number);
  }
  return found;
}

/** A destination's name as it should stand: the id, within the name limit. Pure. */
export function destinationName(id: string): string {
  if (Buffer.byteLength(id, 'utf8') <= NAME_LIMIT) return id;
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 10);
  return `${id.slice(0, NAME_LIMIT - hash.length - 1)}-${hash}`;
}

/** Renames the catalog's destinations and every /Dest and GoTo /D that points at one of them. */
export function renameDestinations(doc: PDFDocument): void {
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (!(dests instanceof PDFDict)) return;
  const renamed = new Map<PDFName, PDFName>();
  const taken = new Set(dests.keys().map((key) => key.decodeText()));
  for (const key of dests.keys()) {
    const old = key.decodeText();
    const wanted = destinationName(old);
    if (wanted === old) continue;
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}-${n}`;
    taken.add(name);
    renamed.set(key, PDFName.of(name));
  }
  if (renamed.size === 0) return;
  for (const [old, name] of renamed) {
    dests.set(name, dests.get(old)!);
    dests.delete(old);
  }
  const retarget = (dict: PDFDict, key: PDFName) => {
    const target = dict.get(key);
    const name = target instanceof PDFName ? renamed.get(target) : undefined;
    if (name) dict.set(key, name);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    retarget(object, PDFName.of('Dest'));
    const action = object.lookup(PDFName.of('A'));
    if (action instanceof PDFDict && action.get(PDFName.of('S')) === PDFName.of('GoTo')) retarget(action, PDFName.of('D'));
  }
}
