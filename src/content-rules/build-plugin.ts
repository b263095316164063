/**
 * Inside Astro's Markdown engine (Sätteri), an mdast plugin that gives every author component the
 * facts of its file: `contentLang`, the language of the file (so a Thai chapter shown under /en/
 * keeps Thai labels), and for <Cite id> its number `n`, its place in the page's `sources`.
 * The rules themselves run before the build renders anything (src/integrations/handbook.ts).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { citationNumber } from './rules/citations.ts';
import { jsxAttribute, type Node } from './mdast.ts';
import { isLang } from '../lib/locales.ts';

/** content/<lang>/<kind>/<slug>.mdx → its language, or undefined for files outside content/. */
function fileLanguage(contentDir: string, path: string): 'th' | 'en' | undefined {
  const parts = relative(contentDir, path).split(/[\\/]/);
  return parts.length === 3 && isLang(parts[0]) && parts[2]?.endsWith('.mdx') ? parts[0] : undefined;
}

const isAuthorComponent = (name: string | null | undefined) => Boolean(name && /^[A-Z]/.test(name));

export function contentFactsPlugin(contentDir: string): MdastPluginEntry {
  return (factory) => {
    const path = factory.fileURL ? fileURLToPath(factory.fileURL) : undefined;
    const lang = path ? fileLanguage(contentDir, path) : undefined;
    if (!lang) return null;
    let sourceIds: string[] = [];
    const withFacts = (node: Node) => {
      const attributes = ((node.attributes ?? []) as Array<{ name?: string }>).filter((a) => a.name !== 'contentLang' && a.name !== 'n');
      attributes.push({ type: 'mdxJsxAttribute', name: 'contentLang', value: lang } as never);
      if (node.name === 'Cite') {
        attributes.push({
          type: 'mdxJsxAttribute',
          name: 'n',
          value: String(citationNumber(sourceIds, jsxAttribute(node, 'id') ?? '')),
        } as never);
      }
      return { ...node, attributes, children: node.children ?? [] } as never;
    };
    return {
      name: 'handbook-content-facts',
      before(_root, ctx) {
        const frontmatter = (ctx.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
        sourceIds = Array.isArray(frontmatter['sources']) ? (frontmatter['sources'] as string[]) : [];
      },
      mdxJsxTextElement(node, ctx) {
        if (isAuthorComponent(node.name)) ctx.replaceNode(node, withFacts(node as unknown as Node));
      },
      mdxJsxFlowElement(node, ctx) {
        if (isAuthorComponent(node.name)) ctx.replaceNode(node, withFacts(node as unknown as Node));
      },
    };
  };
}
