import { z } from 'astro/zod';
import { frontmatterHead, SourceIdsSchema, UpdatedSchema } from './frontmatter.ts';

/** Frontmatter of a standalone page such as /about/: content/<lang>/pages/<slug>.mdx */
export const PageSchema = z
  .object({
    ...frontmatterHead,
    /** Ids of the sources the page cites (content/data/sources/<id>.yaml), in the order they are numbered. */
    sources: SourceIdsSchema.default([]),
    /** When the content was last checked (YYYY-MM-DD). */
    updated: UpdatedSchema,
  })
  .strict();

export type PageData = z.output<typeof PageSchema>;
