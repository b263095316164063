import { z } from 'astro/zod';
import { TextSchema } from './slug.ts';

/** Frontmatter of a standalone page such as /about/: content/<lang>/pages/<slug>.mdx */
export const PageSchema = z
  .object({
    title: TextSchema,
    summary: TextSchema,
    updated: z.coerce.date({ error: 'expected a date written YYYY-MM-DD' }),
  })
  .strict();

export type PageData = z.output<typeof PageSchema>;
