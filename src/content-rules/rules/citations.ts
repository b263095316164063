/**
 * Every legal claim is traceable. A paragraph, list item or table row that names a section of a
 * law, a penalty, a money figure, the date of a law or a reporting channel must carry a
 * <Cite id="…" /> to an entry of the page's `sources`, which must exist in the source register.
 * Illustrative cases (<Example>, or a section whose heading starts with ตัวอย่างสมมติ /
 * Illustrative example) and slides (which summarise cited text) are exempt.
 */
import type { ContentIndex } from '../content-index.ts';
import type { Problem } from '../problem.ts';
import { contains, jsxAttribute, jsxName, lineOf, textOf, walk, type Node } from '../mdast.ts';

/** The kinds of claim that need a citation, each with the pattern that finds it. */
export const CLAIM_PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  { kind: 'a section of a law', pattern: /มาตรา\s*[0-9๐-๙]|(?<![\p{L}\p{M}])ม\.\s?[0-9]{1,3}(?![0-9])|\b(?:sections?|ss?\.)\s*[0-9]/iu },
  { kind: 'a penalty', pattern: /จำคุก|ปรับไม่เกิน|ระวางโทษ|\bimprisonment\b|\bfined?\s+(?:of|up to|not exceeding)\b/iu },
  {
    kind: 'a money figure',
    pattern: /[0-9][0-9,.]*\s*(?:ล้าน|แสน|หมื่น|พัน)?\s*บาท|[0-9][0-9,.]*\s*(?:million\s+|billion\s+)?baht\b|฿\s*[0-9]/iu,
  },
  {
    kind: 'the date of a law',
    pattern:
      /(?:พระราชบัญญัติ|พ\.ร\.บ\.|พ\.ร\.ป\.|ประมวลกฎหมาย|รัฐธรรมนูญ|ระเบียบ|ประกาศ|กฎกระทรวง)[^\n]{0,120}?พ\.ศ\.\s*[0-9]{4}|\b(?:Act|Constitution|Code|Regulations?|Announcement)\b[^.\n]{0,100}?\bB\.E\.\s*[0-9]{4}/u,
  },
  {
    kind: 'a reporting channel',
    pattern:
      /(?<![0-9])(?:1205|1206|1567|1111)(?![0-9])|nacc\.go\.th|ตู้\s*ป\.?ณ\.?|\bP\.?\s?O\.?\s?Box\b|สายด่วน|\bhotline\b|(?<![0-9])0[0-9]{1,2}[ -][0-9]{3}[ -][0-9]{3,4}(?![0-9])/iu,
  },
];

/** The kinds of legal claim a text makes, e.g. ["a section of a law", "a penalty"]. */
export function claimsIn(text: string): string[] {
  return CLAIM_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ kind }) => kind);
}

const ILLUSTRATIVE_HEADING = /^\s*(?:ตัวอย่างสมมติ|illustrative example)/iu;
const EXEMPT_ELEMENTS = new Set(['Example', 'Slide']);

const isCite = (n: Node) => jsxName(n) === 'Cite';

export interface CitingPage {
  file: string;
  /** The page's `sources` field: source ids in the order they are numbered. */
  sourceIds: readonly string[];
  /** Line of the `sources` field, for problems about the list itself. */
  sourcesLine?: number | undefined;
}

export function citationProblems(tree: Node, page: CitingPage, index: Pick<ContentIndex, 'sources'>): Problem[] {
  const problems: Problem[] = [];
  const { file } = page;
  for (const id of page.sourceIds) {
    if (!index.sources.has(id)) {
      problems.push({
        file,
        line: page.sourcesLine,
        field: 'sources',
        message: `source "${id}" has no file content/data/sources/${id}.yaml; add one (title, publisher, url, quality) or fix the id`,
      });
    }
  }
  const cited = new Set<string>();
  // Headings that open illustrative sections, tracked by depth while walking the page in order.
  let illustrativeDepth: number | undefined;
  walk(tree, (node, ancestors) => {
    if (node.type === 'heading' && ancestors.length === 1) {
      const depth = node.depth ?? 2;
      if (illustrativeDepth !== undefined && depth <= illustrativeDepth) illustrativeDepth = undefined;
      if (illustrativeDepth === undefined && ILLUSTRATIVE_HEADING.test(textOf(node))) illustrativeDepth = depth;
      return 'skip';
    }
    if (isCite(node)) {
      const id = jsxAttribute(node, 'id');
      if (!id) problems.push({ file, line: lineOf(node), message: '<Cite> needs id="…", the id of a source in this page\'s sources' });
      else if (!page.sourceIds.includes(id)) {
        problems.push({
          file,
          line: lineOf(node),
          message: `<Cite id="${id}">: "${id}" is not in this page's sources; add it to the sources field${index.sources.has(id) ? '' : ` and add content/data/sources/${id}.yaml`}`,
        });
      } else cited.add(id);
      return 'skip';
    }
    const name = jsxName(node);
    if (name && EXEMPT_ELEMENTS.has(name)) {
      // Cites inside still count as cited (an example may quote a law with its source).
      walk(node, (inner) => {
        const id = isCite(inner) ? jsxAttribute(inner, 'id') : undefined;
        if (id && page.sourceIds.includes(id)) cited.add(id);
      });
      return 'skip';
    }
    if (node.type === 'code' || node.type === 'heading') return 'skip';
    if (illustrativeDepth !== undefined) return undefined;
    if (node.type === 'paragraph' || node.type === 'tableRow') {
      const kinds = claimsIn(textOf(node));
      if (kinds.length > 0 && !contains(node, isCite)) {
        const where = node.type === 'tableRow' ? 'This table row' : 'This paragraph';
        problems.push({
          file,
          line: lineOf(node),
          message: `${where} names ${kinds.join(' and ')} but has no citation; add <Cite id="…" /> with the source it comes from`,
        });
      }
      // A row's cites are visited through its cells; a paragraph has no claims below it.
      if (node.type === 'paragraph') {
        walk(node, (inner) => {
          if (isCite(inner)) {
            const id = jsxAttribute(inner, 'id');
            if (!id) problems.push({ file, line: lineOf(inner), message: '<Cite> needs id="…"' });
            else if (!page.sourceIds.includes(id))
              problems.push({
                file,
                line: lineOf(inner),
                message: `<Cite id="${id}">: "${id}" is not in this page's sources; add it to the sources field`,
              });
            else cited.add(id);
          }
        });
        return 'skip';
      }
    }
    return undefined;
  });
  for (const id of page.sourceIds) {
    if (index.sources.has(id) && !cited.has(id)) {
      problems.push({
        file,
        line: page.sourcesLine,
        field: 'sources',
        message: `source "${id}" is listed but never cited; cite it with <Cite id="${id}" /> where the page uses it, or remove it from sources`,
      });
    }
  }
  return problems;
}

/** The number a <Cite id> shows: its place in the page's sources (1-based), or 0 when it is not listed. */
export function citationNumber(sourceIds: readonly string[], id: string): number {
  return sourceIds.indexOf(id) + 1;
}
