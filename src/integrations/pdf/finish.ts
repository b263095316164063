/**
 * The last touch on every PDF, so that it is a document the office can print and a screen-reader
 * user can read (PDF/UA in mind): exact A4 pages; the running heads and page numbers marked as
 * artifacts (they are read on every page otherwise); structure types a reader knows (a role map
 * for HTML's Aside, Strong, Em); Thai words in English documents tagged as Thai; a description on
 * every link; bookmarks for the manuals, and no running head on their chapter openers;
 * destination names within PDF's limit (./destinations.ts); the document's language, title shown
 * as the window title, and XMP metadata with the PDF/UA identifier. Node only: it reads the page content itself (./text-layout.ts) and writes with pdf-lib.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  ParseSpeeds,
  decodePDFRawStream,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';
import { deflateSync, inflateSync } from 'node:zlib';
import { dropText, markArtifacts, parseOperations, writeOperations, type Operation } from './content-stream.ts';
import { destinationPages, renameDestinations } from './destinations.ts';
import { addOutline, type OutlineItem } from './outline.ts';
import { cmapHasThai, markedRuns, shownText } from './text-layout.ts';

export interface FinishOptions {
  title: string;
  lang: 'th' | 'en';
  /** Set the page boxes to A4 exactly (Chromium rounds A4 to whole CSS pixels). */
  exactA4: boolean;
  /** Link descriptions: the text of each link in the page the PDF was made from, by href. */
  linkTexts: ReadonlyMap<string, string>;
  /** Heights of the top and bottom page margins in points: text wholly inside them is furniture. */
  margins: { top: number; bottom: number };
  /** Bookmarks to write (the manuals'; Chromium writes the packs' own). */
  outline?: readonly OutlineItem[];
  /** Pages (from 1) on which a section opens: their running head is taken off. */
  openers?: ReadonlySet<number>;
  /** Where some ids must be (from 1): the finisher stops if the PDF has them elsewhere. */
  expectedPages?: ReadonlyMap<string, number>;
}

/** Structure types of PDF 1.7 (ISO 32000-1, 14.8.4); anything else needs a role map. */
const STANDARD = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(
    ' ',
  ),
);
/** What the HTML-derived types mean in PDF 1.7 terms. */
const ROLE_MAP: Record<string, string> = {
  Aside: 'Div',
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  FENote: 'Note',
  Title: 'H1',
  DocumentFragment: 'Div',
};
const A4: [number, number, number, number] = [0, 0, 595.2756, 841.8898];

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A stream's bytes, decoded: Node's zlib for plain Flate (most of them; pdf-lib's own inflate is slower). */
function decoded(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.lookup(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode') && !stream.dict.has(PDFName.of('DecodeParms'))) return inflateSync(stream.contents);
  return decodePDFRawStream(stream).decode();
}

function pageContents(doc: PDFDocument, page: PDFPage): string | undefined {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  const parts: string[] = [];
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream)) return undefined;
    parts.push(latin1(decoded(stream)));
  }
  return parts.join('\n');
}

/** The page's font resource names whose ToUnicode map holds Thai letters. */
function thaiFontNames(doc: PDFDocument, page: PDFPage, cache: Map<PDFObject, boolean>): Set<string> {
  const names = new Set<string>();
  const fonts = page.node.Resources()?.lookup(PDFName.of('Font'));
  if (!(fonts instanceof PDFDict)) return names;
  for (const [name, ref] of fonts.entries()) {
    let thai = cache.get(ref);
    if (thai === undefined) {
      const font = doc.context.lookup(ref);
      const toUnicode = font instanceof PDFDict ? font.lookup(PDFName.of('ToUnicode')) : undefined;
      thai = toUnicode instanceof PDFRawStream ? cmapHasThai(latin1(decoded(toUnicode))) : false;
      cache.set(ref, thai);
    }
    if (thai) names.add(name.asString());
  }
  return names;
}

/** Number-tree entries (ParentTree /Nums, possibly under /Kids). */
function numberTreeEntries(doc: PDFDocument, node: PDFDict | undefined, out = new Map<number, PDFObject>()): Map<number, PDFObject> {
  if (!node) return out;
  const nums = node.lookup(PDFName.of('Nums'));
  if (nums instanceof PDFArray) {
    for (let i = 0; i + 1 < nums.size(); i += 2) out.set((nums.lookup(i) as PDFNumber).asNumber(), nums.get(i + 1));
  }
  const kids = node.lookup(PDFName.of('Kids'));
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) numberTreeEntries(doc, doc.context.lookup(kid) as PDFDict, out);
  return out;
}

/** Removes an MCID from a structure element's /K; returns true when nothing is left in it. */
function removeMcid(elem: PDFDict, mcid: number): boolean {
  const k = elem.get(PDFName.of('K'));
  const keep = (item: PDFObject) => {
    if (item instanceof PDFNumber) return item.asNumber() !== mcid;
    if (item instanceof PDFDict && item.get(PDFName.of('Type')) === PDFName.of('MCR')) {
      return (item.lookup(PDFName.of('MCID')) as PDFNumber | undefined)?.asNumber() !== mcid;
    }
    return true;
  };
  if (k instanceof PDFNumber || k instanceof PDFDict) {
    if (!keep(k)) elem.delete(PDFName.of('K'));
    return !elem.has(PDFName.of('K'));
  }
  if (k instanceof PDFArray) {
    const left = k.asArray().filter(keep);
    elem.set(PDFName.of('K'), elem.context.obj(left));
    return left.length === 0;
  }
  return !k;
}

/** Takes an empty structure element out of its parent, and the parent too if it empties. */
function pruneElement(doc: PDFDocument, ref: PDFRef): void {
  const elem = doc.context.lookup(ref) as PDFDict;
  const parentRef = elem.get(PDFName.of('P'));
  if (!(parentRef instanceof PDFRef)) return;
  const parent = doc.context.lookup(parentRef) as PDFDict;
  const k = parent.get(PDFName.of('K'));
  if (k instanceof PDFArray) {
    const left = k.asArray().filter((item) => item !== ref);
    parent.set(PDFName.of('K'), doc.context.obj(left));
    if (left.length === 0 && parent.get(PDFName.of('S')) !== PDFName.of('Document')) pruneElement(doc, parentRef);
  } else if (k === ref) {
    parent.delete(PDFName.of('K'));
  }
}

function walkElements(doc: PDFDocument, node: PDFObject | undefined, visit: (elem: PDFDict) => void, seen = new Set<PDFObject>()): void {
  if (!node || seen.has(node)) return;
  seen.add(node);
  const value = node instanceof PDFRef ? doc.context.lookup(node) : node;
  if (value instanceof PDFArray) for (const item of value.asArray()) walkElements(doc, item, visit, seen);
  else if (value instanceof PDFDict && value.has(PDFName.of('S'))) {
    visit(value);
    walkElements(doc, value.get(PDFName.of('K')), visit, seen);
  } else if (value instanceof PDFDict) walkElements(doc, value.get(PDFName.of('K')), visit, seen);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmpMetadata(title: string, lang: string, made: Date): string {
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>${made.toISOString()}</xmp:CreateDate>
   <xmp:CreatorTool>Khon Kaen anti-corruption handbook build</xmp:CreatorTool>
   <pdf:Producer>Chromium, pdf-lib</pdf:Producer>
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** The finished PDF and its number of pages. */
export async function finishPdf(bytes: Uint8Array, options: FinishOptions): Promise<{ bytes: Uint8Array; pages: number }> {
  // pdf-lib yields to the event loop every few objects unless told not to; nothing else runs meanwhile.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  if (options.expectedPages) {
    const found = destinationPages(doc);
    const moved = [...options.expectedPages].filter(([id, page]) => found.get(id) !== page);
    if (moved.length > 0)
      throw new Error(
        `Sections are not on the pages planned: ${moved.map(([id, page]) => `#${id} on ${found.get(id)}, not ${page}`).join('; ')}`,
      );
  }
  const fontCache = new Map<PDFObject, boolean>();
  const catalog = doc.catalog;
  const structRoot = catalog.lookup(PDFName.of('StructTreeRoot')) as PDFDict | undefined;
  const parentTree = structRoot ? numberTreeEntries(doc, structRoot.lookup(PDFName.of('ParentTree')) as PDFDict | undefined) : new Map();

  for (const [index, page] of doc.getPages().entries()) {
    const height = page.getHeight();
    const source = pageContents(doc, page);
    let ops: Operation[] | undefined;
    try {
      ops = source === undefined ? undefined : parseOperations(source);
    } catch {
      // A page this reader cannot parse (an inline image) keeps its content as it was.
      ops = undefined;
    }
    const shown = ops ? shownText(ops) : [];
    const runs = markedRuns(shown, thaiFontNames(doc, page, fontCache));
    // Furniture: marked content drawn wholly in the top or bottom margin. (Chromium draws the page
    // margins, running heads and page numbers, untagged; markArtifacts wraps untagged painting too.)
    const artifacts = new Set(
      [...runs].filter(([, r]) => r.minY > height - options.margins.top || r.maxY < options.margins.bottom).map(([mcid]) => mcid),
    );
    if (ops) {
      if (options.openers?.has(index + 1)) {
        // A chapter opener: its title is on the page, so the running head above it goes.
        ops = dropText(ops, new Set(shown.filter((t) => t.y > height - options.margins.top).map((t) => t.index)));
      }
      const rewritten = writeOperations(markArtifacts(ops, artifacts));
      const stream = doc.context.stream(deflateSync(Buffer.from(rewritten, 'latin1')), { Filter: 'FlateDecode' });
      page.node.set(PDFName.of('Contents'), doc.context.register(stream));
    }
    if (options.exactA4) {
      page.setMediaBox(...A4);
      page.setCropBox(...A4);
    }
    const key = page.node.lookup(PDFName.of('StructParents'));
    const elems = key instanceof PDFNumber ? doc.context.lookup(parentTree.get(key.asNumber())) : undefined;
    if (!(elems instanceof PDFArray)) continue;
    for (const [mcid, run] of runs) {
      const ref = elems.get(mcid);
      if (!(ref instanceof PDFRef)) continue;
      const elem = doc.context.lookup(ref) as PDFDict;
      if (artifacts.has(mcid)) {
        elems.set(mcid, PDFNull);
        if (removeMcid(elem, mcid)) pruneElement(doc, ref);
      } else if (options.lang === 'en' && run.thai && !elem.has(PDFName.of('Lang'))) {
        // Thai words in an English document are read with a Thai voice.
        elem.set(PDFName.of('Lang'), PDFString.of('th'));
      }
    }
  }

  if (structRoot) {
    const used = new Set<string>();
    walkElements(doc, structRoot.get(PDFName.of('K')), (elem) => {
      const s = elem.get(PDFName.of('S'));
      if (s instanceof PDFName) used.add(s.decodeText());
    });
    const roleMap = (structRoot.lookup(PDFName.of('RoleMap')) as PDFDict | undefined) ?? doc.context.obj({});
    for (const type of used) if (!STANDARD.has(type)) roleMap.set(PDFName.of(type), PDFName.of(ROLE_MAP[type] ?? 'Span'));
    structRoot.set(PDFName.of('RoleMap'), roleMap);
  }

  // Every link says where it goes: its words in the page, or its address.
  const describe = (target: string) => options.linkTexts.get(target) ?? (options.lang === 'th' ? `ลิงก์ไปยัง ${target}` : `Link to ${target}`);
  for (const page of doc.getPages()) {
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (!(annots instanceof PDFArray)) continue;
    for (const item of annots.asArray()) {
      const annot = doc.context.lookup(item);
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      const action = annot.lookup(PDFName.of('A'));
      const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined;
      const dest = annot.lookup(PDFName.of('Dest')) ?? (action instanceof PDFDict ? action.lookup(PDFName.of('D')) : undefined);
      const target =
        uri instanceof PDFString || uri instanceof PDFHexString
          ? uri.decodeText()
          : dest instanceof PDFName
            ? `#${dest.decodeText()}`
            : dest instanceof PDFString || dest instanceof PDFHexString
              ? `#${dest.decodeText()}`
              : undefined;
      if (target) annot.set(PDFName.of('Contents'), PDFHexString.fromText(describe(target)));
    }
  }

  if (options.outline) addOutline(doc, options.outline);
  renameDestinations(doc);
  doc.setTitle(options.title, { showInWindowTitleBar: true });
  doc.setLanguage(options.lang);
  doc.setProducer('Chromium, pdf-lib');
  catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }));
  // XMP is UTF-8 (a Thai title must survive), so the stream gets bytes, not a string.
  const metadata = doc.context.stream(new TextEncoder().encode(xmpMetadata(options.title, options.lang, new Date())), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  catalog.set(PDFName.of('Metadata'), doc.context.register(metadata));
  return { bytes: await doc.save({ useObjectStreams: true, objectsPerTick: Infinity }), pages: doc.getPageCount() };
}
