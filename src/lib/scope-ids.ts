/**
 * Gives every id inside one chapter's HTML a prefix, and every reference to those ids (#links,
 * label for, aria-labelledby, aria-describedby, aria-controls, table headers) the same prefix, so
 * that many chapters can share one page (the manuals) without two elements having the same id.
 * The web pages show one chapter each and need none of this: their ids stay as the author wrote
 * them. Pure: HTML in, HTML out.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** Attributes that hold space-separated id references (hast property names). */
const ID_LIST_PROPERTIES = ['htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'headers'] as const;

export function scopeIds(html: string, prefix: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && id !== '') ids.add(id);
  });
  const scoped = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    if (typeof props['id'] === 'string' && props['id'] !== '') props['id'] = scoped(props['id']);
    for (const name of ID_LIST_PROPERTIES) {
      const value: unknown = props[name];
      if (Array.isArray(value)) props[name] = value.map((v) => scoped(String(v)));
      else if (typeof value === 'string') props[name] = value.split(/\s+/).map(scoped);
    }
    const href = props['href'];
    if (typeof href === 'string' && href.startsWith('#')) {
      const target = decodeURIComponent(href.slice(1));
      if (ids.has(target)) props['href'] = `#${prefix}-${target}`;
    }
  });
  return toHtml(tree, { allowDangerousHtml: true });
}
