/**
 * Writing rules for a page's markup: sections start at ## (the title is the page's # heading) and
 * go down one level at a time, links say where they go (WCAG 2.4.4), images have alt text, and
 * every <Term id> names a glossary term.
 */
import type { Problem } from '../problem.ts';
import { jsxAttribute, jsxName, lineOf, textOf, walk, type Node } from '../mdast.ts';

/** Link texts that say nothing about where they go. Compared whole, case-insensitively. */
const VAGUE_LINK_TEXT = new Set([
  'click here',
  'here',
  'read more',
  'more',
  'link',
  'this link',
  'คลิก',
  'คลิกที่นี่',
  'ที่นี่',
  'อ่านต่อ',
  'อ่านเพิ่มเติม',
  'ลิงก์',
  'ลิงก์นี้',
]);

export function markupProblems(file: string, tree: Node, glossaryIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  let previous = 1; // the page title is the h1
  walk(tree, (node, ancestors) => {
    const line = lineOf(node);
    if (node.type === 'heading' && ancestors.length === 1) {
      const level = node.depth ?? 2;
      if (level === 1)
        problems.push({ file, line, message: 'a "# " heading in the body: the title is the page heading; start sections with "## "' });
      else if (level > previous + 1)
        problems.push({
          file,
          line,
          message: `heading level ${level} follows level ${previous}; go down one level at a time (## then ###)`,
        });
      previous = level;
    }
    if (node.type === 'link') {
      const label = textOf(node).trim().toLowerCase();
      if (label === '' || VAGUE_LINK_TEXT.has(label))
        problems.push({ file, line, message: `link text "${textOf(node)}" does not say where it goes; name the page or document instead` });
    }
    if (node.type === 'image' && !String((node as { alt?: string }).alt ?? '').trim()) {
      const url = (node as { url?: string }).url ?? '';
      problems.push({ file, line, message: `image ${url} has no alt text; write ![what the picture shows](${url})` });
    }
    if (jsxName(node) === 'Term') {
      const id = jsxAttribute(node, 'id') ?? '';
      if (!glossaryIds.has(id)) {
        problems.push({
          file,
          line,
          message: `<Term id="${id}">: no glossary term "${id}". Use an existing id or add content/th/glossary/${id}.yaml and content/en/glossary/${id}.yaml`,
        });
      }
    }
    return undefined;
  });
  return problems;
}
