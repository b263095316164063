import { z } from 'astro/zod';
import { TranslatedFrom } from './translated-from.ts';
import { SlugSchema, TextListSchema, TextSchema } from './slug.ts';
import { SourceSchema } from './source.ts';

/** Frontmatter of a knowledge module (ชุดสาระความรู้): content/<lang>/modules/<slug>.mdx */
export const ModuleSchema = z
  .object({
    /** English files only: the hash of the Thai version this translates (npm run i18n:stamp). */
    translatedFrom: TranslatedFrom,
    /** The module's title. */
    title: TextSchema,
    /** One or two sentences shown in lists and search results. */
    summary: TextSchema,
    /** Position in the list of modules (1, 2, 3 …). */
    order: z.number({ error: 'expected a whole number such as 1' }).int().positive(),
    /** What a reader can do after the module. */
    objectives: TextListSchema,
    /** The points to remember, shown at the end of the module. */
    keyPoints: TextListSchema,
    /** Where the module's facts come from; every module lists at least one. */
    sources: z.array(SourceSchema, { error: 'expected a list of sources' }).min(1, {
      error: 'every module lists at least one source (title, publisher, url)',
    }),
    /** Slugs of the workshop sessions that use this module. */
    relatedSessions: z.array(SlugSchema).default([]),
    /** When the content was last checked (YYYY-MM-DD). */
    updated: z.coerce.date({ error: 'expected a date written YYYY-MM-DD' }),
  })
  .strict();

export type ModuleData = z.output<typeof ModuleSchema>;
