import { z } from 'astro/zod';
import { SlugSchema, TextListSchema } from './primitives.ts';
import { frontmatterHead, OrderSchema, SourceIdsSchema, UpdatedSchema } from './frontmatter.ts';

/**
 * Frontmatter of a knowledge module (ชุดสาระความรู้): content/<lang>/modules/<slug>.mdx. Its title is
 * the module's; its summary, one or two sentences shown in lists and search results.
 */
export const ModuleSchema = z
  .object({
    ...frontmatterHead,
    /** Position in the list of modules (1, 2, 3 …). */
    order: OrderSchema,
    /** What a reader can do after the module. */
    objectives: TextListSchema,
    /** The points to remember, shown at the end of the module. */
    keyPoints: TextListSchema,
    /** Ids of the sources the module cites (content/data/sources/<id>.yaml), in the order they are numbered. */
    sources: SourceIdsSchema.min(1, {
      error: 'every module lists at least one source id from content/data/sources/<id>.yaml',
    }),
    /** Slugs of the workshop sessions that use this module. */
    relatedSessions: z.array(SlugSchema).default([]),
    /** When the content was last checked (YYYY-MM-DD). */
    updated: UpdatedSchema,
  })
  .strict();

export type ModuleData = z.output<typeof ModuleSchema>;
