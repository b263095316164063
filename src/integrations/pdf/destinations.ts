/**
 * Named destinations (the targets of bookmarks and internal links) renamed to the page's own ids.
 * In the manuals Vivliostyle names each one after the address it laid the page out from, so the
 * names carry the build machine's loopback address and port (viv-id-http:003a:002f:002f127…:0023
 * contents), differ from build to build, and pass PDF's 127-byte limit on names (ISO 32000-1,
 * Annex C), which readers such as poppler warn about. Each name keeps only its id; an id still too
 * long is cut and given a short hash so that names stay distinct.
 */
import { createHash } from 'node:crypto';
import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';

/** PDF 1.7's implementation limit for a name, in bytes. */
const NAME_LIMIT = 127;
/** Vivliostyle's prefix: the document's address, with ':' + hex for each special character, then '#' (:0023). */
const VIVLIOSTYLE_ID = /^viv-id-.*?:0023(?=.)/;

/** A destination's name as it should stand: the id alone, within the name limit. Pure. */
export function destinationName(name: string): string {
  const id = name.replace(VIVLIOSTYLE_ID, '');
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
