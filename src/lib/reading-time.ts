import type { Lang } from './locales.ts';

/**
 * Counts words with Intl.Segmenter, which knows Thai word boundaries (Thai is written
 * without spaces between words, so splitting on spaces would count a paragraph as a few words).
 */
export function countWords(text: string, lang: Lang): number {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  let count = 0;
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) count += 1;
  }
  return count;
}

/** Typical silent reading speeds in words a minute, measured in Intl.Segmenter words. */
const WORDS_PER_MINUTE: Record<Lang, number> = { th: 200, en: 200 };

/** Minutes to read a text, rounded up, at least one. */
export function readingMinutes(text: string, lang: Lang): number {
  return Math.max(1, Math.ceil(countWords(text, lang) / WORDS_PER_MINUTE[lang]));
}

/**
 * Strips MDX/Markdown syntax that is not read aloud: import/export lines, JSX tags,
 * link targets, emphasis marks and frontmatter-like fences.
 */
export function plainTextFromMdx(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>|{}]/g, ' ');
}
