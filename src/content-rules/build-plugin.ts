/**
 * The content rules inside the build: a Sätteri mdast plugin (Astro 7's Markdown engine) that
 * numbers every <Cite id> from the page's `sources` field and stops the build, naming file and
 * line, when a page breaks a rule. Registered in astro.config.mjs.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import type { ContentIndex } from './content-index.ts';
import { formatProblem } from './problem.ts';
import { pageTreeProblems, textProblems } from './page-rules.ts';
import { citationNumber } from './rules/citations.ts';
import { jsxAttribute, type Node } from './mdast.ts';
import { isLang } from '../lib/locales.ts';

/** content/<lang>/<kind>/<slug>.mdx → its language, or undefined for files outside content/. */
function pageLanguage(index: ContentIndex, path: string): 'th' | 'en' | undefined {
  const rel = relative(index.root, path).split(/[\\/]/);
  return rel.length === 3 && isLang(rel[0]) && rel[2]?.endsWith('.mdx') ? rel[0] : undefined;
}

export interface ContentRulesOptions {
  /**
   * 'error' (the default) stops the build on a problem; 'warn' prints it and goes on, for a
   * draft preview while a chapter is being rewritten (CONTENT_RULES=warn npm run build).
   */
  onProblem?: 'error' | 'warn';
}

export function contentRulesPlugin(index: ContentIndex, options: ContentRulesOptions = {}): MdastPluginEntry {
  return (factory) => {
    const path = factory.fileURL ? fileURLToPath(factory.fileURL) : undefined;
    const lang = path ? pageLanguage(index, path) : undefined;
    if (!path || !lang) return null;
    const file = relative(process.cwd(), path);
    let sourceIds: string[] = [];
    /**
     * Every author component (a capitalised MDX element) is told the language of its file as
     * contentLang, so its labels match the text around it even when a Thai chapter is shown under
     * /en/; <Cite> also gets its number.
     */
    const withFacts = (node: Node) => {
      const attributes = [...((node.attributes ?? []) as Array<{ name?: string }>).filter((a) => a.name !== 'contentLang' && a.name !== 'n')];
      attributes.push({ type: 'mdxJsxAttribute', name: 'contentLang', value: lang } as never);
      if (node.name === 'Cite') attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(citationNumber(sourceIds, jsxAttribute(node, 'id') ?? '')) } as never);
      return { ...node, attributes, children: node.children ?? [] } as never;
    };
    const isAuthorComponent = (name: string | null | undefined) => Boolean(name && /^[A-Z]/.test(name));
    return {
      name: 'handbook-content-rules',
      before(root, ctx) {
        const frontmatter = (ctx.data.astro?.frontmatter ?? {}) as Record<string, unknown>;
        sourceIds = Array.isArray(frontmatter['sources']) ? (frontmatter['sources'] as string[]) : [];
        const problems = [...pageTreeProblems(root as unknown as Node, { file, lang, frontmatter }, index), ...textProblems(file, factory.source, lang, index)];
        if (problems.length > 0 && options.onProblem === 'warn') {
          console.warn(problems.map(formatProblem).join('\n'));
        } else if (problems.length > 0) {
          throw new Error(`${problems.length} content problem(s):\n${problems.map(formatProblem).join('\n')}\nRun npm run check:content for the whole list.`);
        }
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
