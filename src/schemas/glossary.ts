import { z } from 'astro/zod';
import { SlugSchema, TextSchema } from './slug.ts';

/** One glossary term: content/<lang>/glossary/<slug>.yaml (the same file name in both languages). */
export const GlossarySchema = z
  .object({
    /** The term in Thai. */
    th: TextSchema,
    /** The term in English. */
    en: TextSchema,
    /** Plain-language definition, in the file's language. */
    definition: TextSchema,
    /** Slugs of modules that explain the term. */
    related: z.array(SlugSchema).default([]),
  })
  .strict();

export type GlossaryData = z.output<typeof GlossarySchema>;
