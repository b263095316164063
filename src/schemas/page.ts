import { z } from 'astro/zod';
import { TranslatedFrom } from './translated-from.ts';
import { TextSchema } from './primitives.ts';

/** Frontmatter of a standalone page such as /about/: content/<lang>/pages/<slug>.mdx */
export const PageSchema = z
  .object({
    /** English files only: the hash of the Thai version this translates (npm run i18n:stamp). */
    translatedFrom: TranslatedFrom,
    title: TextSchema,
    summary: TextSchema,
    updated: z.coerce.date({ error: 'expected a date written YYYY-MM-DD' }),
  })
  .strict();

export type PageData = z.output<typeof PageSchema>;
