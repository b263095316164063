/** Links written from the site root to a module, session or form (/modules/x/, /en/forms/y/) must name a page that exists. */
import type { PageKind } from '../content-index.ts';
import type { Problem } from '../problem.ts';
import { lineOf, walk, type Node } from '../mdast.ts';

const INTERNAL = /^\/(?:en\/)?(modules|sessions|forms)\/([^/?#]+)\/?/;

export function internalLinkProblems(file: string, tree: Node, slugs: Readonly<Record<PageKind, ReadonlySet<string>>>): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (node) => {
    if (node.type !== 'link') return undefined;
    const url = (node as { url?: string }).url ?? '';
    const match = INTERNAL.exec(url);
    if (match) {
      const [, kind, slug] = match as unknown as [string, PageKind, string];
      if (!slugs[kind].has(slug))
        problems.push({
          file,
          line: lineOf(node),
          message: `link ${url}: there is no ${kind} page "${slug}". Fix the link or add content/th/${kind}/${slug}.mdx`,
        });
    }
    return undefined;
  });
  return problems;
}
