/**
 * Gives every id inside one chapter's HTML its chapter's prefix, and every reference to those ids
 * (#links, label for, aria-labelledby, aria-describedby, aria-controls, table headers) the same, so
 * that many chapters can share one page (the manuals) without two elements having the same id.
 * The scoped id is short ("m3-k2x9f"): Thai heading ids would make PDF destination names longer
 * than PDF allows. The web pages show one chapter each and keep their ids as written. Pure.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** Attributes that hold space-separated id references (hast property names). */
const ID_LIST_PROPERTIES = ['htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'headers'] as const;

/** The id an element with `id` gets inside the chapter scoped by `prefix` (FNV-1a, base 36). */
export function scopedId(prefix: string, id: string): string {
  let hash = 0x811c9dc5;
  for (const char of id) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}-${hash.toString(36)}`;
}

export function scopeIds(html: string, prefix: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string' && id !== '') ids.add(id);
  });
  const scoped = (id: string) => (ids.has(id) ? scopedId(prefix, id) : id);
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
      if (ids.has(target)) props['href'] = `#${scopedId(prefix, target)}`;
    }
  });
  return toHtml(tree, { allowDangerousHtml: true });
}
