/**
 * The reading text of a built page, as search indexes it: the element marked data-pagefind-body,
 * without anything marked data-pagefind-ignore (page furniture: reading time, print and PDF
 * buttons, slides, quizzes, source addresses), scripts and forms' machinery, and without web
 * addresses (they are not words a reader searches for, and one long address used to make the
 * results page scroll sideways). Blocks (paragraphs, list items, cells) are kept apart by a space
 * so that the last word of one never runs into the first word of the next. Pure: works on a hast
 * tree (hast-util-from-html) handed in by the build.
 */

export interface HastText {
  type: 'text';
  value: string;
}
export interface HastElement {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: HastNode[];
}
export interface HastParent {
  type: 'root';
  children: HastNode[];
}
export type HastNode = HastText | HastElement | HastParent | { type: 'comment' | 'doctype'; value?: string };

/** Elements whose text is not reading text. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'input', 'select', 'textarea', 'iframe']);

/** Elements that flow inside a line: no space is added around them. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'hb-term',
]);

/** http(s) and www addresses, up to the next space. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+/giu;

function isElement(node: HastNode): node is HastElement {
  return node.type === 'element';
}

/** The first element (depth first) that matches, or undefined. */
export function findElement(node: HastNode, test: (e: HastElement) => boolean): HastElement | undefined {
  if (isElement(node) && test(node)) return node;
  if ('children' in node) {
    for (const child of node.children) {
      const found = findElement(child, test);
      if (found) return found;
    }
  }
  return undefined;
}

const has = (e: HastElement, property: string): boolean => e.properties?.[property] !== undefined && e.properties[property] !== false;

/** The element search indexes on this page (data-pagefind-body), if any. */
export function searchBody(tree: HastNode): HastElement | undefined {
  return findElement(tree, (e) => has(e, 'dataPagefindBody'));
}

/** Plain text of a subtree, with the rules above (but without removing addresses). */
function collect(node: HastNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.value);
    return;
  }
  if (!isElement(node)) {
    if (node.type === 'root') for (const child of node.children) collect(child, out);
    return;
  }
  const block = !INLINE.has(node.tagName);
  if (SKIP.has(node.tagName) || has(node, 'dataPagefindIgnore') || has(node, 'hidden') || node.tagName === 'br') {
    // What is left out still ends a word if it is a block (or a line break).
    if (block) out.push(' ');
    return;
  }
  if (block) out.push(' ');
  for (const child of node.children) collect(child, out);
  if (block) out.push(' ');
}

/** The reading text of an element: words only, one space between them. */
export function readingText(node: HastNode): string {
  const out: string[] = [];
  collect(node, out);
  return out.join('').replace(ADDRESS, ' ').replace(/\s+/gu, ' ').trim();
}

/** Plain text of an element as shown (headings, titles), addresses kept. */
export function plainText(node: HastNode): string {
  const out: string[] = [];
  collect(node, out);
  return out.join('').replace(/\s+/gu, ' ').trim();
}

/** A string property of an element (hast names: dataPagefindFilter …). */
export function property(e: HastElement, name: string): string | undefined {
  const value = e.properties?.[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  return undefined;
}
