import { z } from 'astro/zod';
import { TranslatedFrom } from './translated-from.ts';
import { SlugSchema, TextListSchema, TextSchema } from './primitives.ts';

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
    /** Ids of the sources the module cites (content/data/sources/<id>.yaml), in the order they are numbered. */
    sources: z.array(SlugSchema, { error: 'expected a list of source ids from content/data/sources/<id>.yaml' }).min(1, {
      error: 'every module lists at least one source id from content/data/sources/<id>.yaml',
    }),
    /** Slugs of the workshop sessions that use this module. */
    relatedSessions: z.array(SlugSchema).default([]),
    /** When the content was last checked (YYYY-MM-DD). */
    updated: z.coerce.date({ error: 'expected a date written YYYY-MM-DD' }),
  })
  .strict();

export type ModuleData = z.output<typeof ModuleSchema>;
