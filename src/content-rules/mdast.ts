/**
 * Small helpers over mdast (the Markdown syntax tree that Sätteri, Astro's Markdown engine, builds
 * from an MDX file). Rules walk the tree with `walk`, which also tells them what encloses a node.
 */
import type { MdastNode } from 'satteri';

export type Node = MdastNode & { children?: Node[]; name?: string | null; value?: string; depth?: number; attributes?: unknown[] };

/** The node's first line in the file, if the parser recorded it. */
export function lineOf(node: Node): number | undefined {
  return node.position?.start.line;
}

/** The name of an MDX element (<Slide>, <Cite>), or undefined for anything else. */
export function jsxName(node: Node): string | undefined {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? (node.name ?? undefined) : undefined;
}

/** The string value of an MDX element's attribute, e.g. id in <Cite id="oia-2540" />. */
export function jsxAttribute(node: Node, name: string): string | undefined {
  for (const attribute of (node.attributes ?? []) as Array<{ type: string; name?: string; value?: unknown }>) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
  }
  return undefined;
}

/** The plain text under a node (what a reader reads), without MDX elements' attributes. */
export function textOf(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Visits every node depth-first; `ancestors` runs from the root to the node's parent. */
export function walk(root: Node, visit: (node: Node, ancestors: readonly Node[]) => void | 'skip'): void {
  const go = (node: Node, ancestors: Node[]): void => {
    if (visit(node, ancestors) === 'skip') return;
    const next = [...ancestors, node];
    for (const child of node.children ?? []) go(child, next);
  };
  go(root, []);
}

/** True when any node under `node` (or the node itself) passes `test`. */
export function contains(node: Node, test: (n: Node) => boolean): boolean {
  if (test(node)) return true;
  return (node.children ?? []).some((child) => contains(child, test));
}
