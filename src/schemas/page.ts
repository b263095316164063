import { z } from 'astro/zod';
import { TranslatedFrom } from './translated-from.ts';
import { SlugSchema, TextSchema } from './primitives.ts';

/** Frontmatter of a standalone page such as /about/: content/<lang>/pages/<slug>.mdx */
export const PageSchema = z
  .object({
    /** English files only: the hash of the Thai version this translates (npm run i18n:stamp). */
    translatedFrom: TranslatedFrom,
    title: TextSchema,
    summary: TextSchema,
    /** Ids of the sources the page cites (content/data/sources/<id>.yaml), in the order they are numbered. */
    sources: z.array(SlugSchema, { error: 'expected a list of source ids from content/data/sources/<id>.yaml' }).default([]),
    updated: z.coerce.date({ error: 'expected a date written YYYY-MM-DD' }),
  })
  .strict();

export type PageData = z.output<typeof PageSchema>;
