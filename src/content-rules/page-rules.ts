/**
 * The rules for one file, in two groups: rules over an MDX page's syntax tree, and rules over
 * any text a reader sees (pages, quizzes, glossary). The content check (scripts/check-content.ts)
 * and the build (build-plugin.ts) both call these, so a file passes or fails the same way in both.
 */
import type { ContentIndex } from './content-index.ts';
import type { Problem } from './problem.ts';
import type { Node } from './mdast.ts';
import type { Lang } from '../lib/locales.ts';
import { citationProblems } from './rules/citations.ts';
import { selfReferenceProblems } from './rules/self-reference.ts';
import { vocabularyProblems } from './rules/vocabulary.ts';
import { castProblems } from './rules/cast.ts';
import { markupProblems } from './rules/markup.ts';
import { internalLinkProblems } from './rules/links.ts';
import type { PageKind } from '../schemas/kinds.ts';

export interface PageFacts {
  file: string;
  lang: Lang;
  kind?: PageKind | undefined;
  /** The page's frontmatter, as parsed. */
  frontmatter: Record<string, unknown>;
  /** Line of each top-level frontmatter key, when known. */
  fieldLines?: Record<string, number> | undefined;
}

/** Rules over an MDX page's tree. */
export function pageTreeProblems(tree: Node, page: PageFacts, index: ContentIndex): Problem[] {
  const sourceIds = Array.isArray(page.frontmatter['sources'])
    ? (page.frontmatter['sources'] as unknown[]).filter((s): s is string => typeof s === 'string')
    : [];
  return [
    ...markupProblems(page.file, tree, index.glossaryIds),
    ...internalLinkProblems(page.file, tree, index.slugs),
    ...citationProblems(tree, { file: page.file, sourceIds, sourcesLine: page.fieldLines?.['sources'] }, index),
  ];
}

/** Rules over the text of any file a reader sees, line by line. */
export function textProblems(file: string, text: string, lang: Lang, index: ContentIndex): Problem[] {
  return [
    ...selfReferenceProblems(file, text),
    ...vocabularyProblems(file, text, index.avoided[lang]),
    ...castProblems(file, text, lang, index.cast),
  ];
}
