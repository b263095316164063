import { z } from 'astro/zod';
import { TranslatedFrom } from './translated-from.ts';
import { SlugSchema, TextSchema } from './primitives.ts';

/** One glossary term: content/<lang>/glossary/<slug>.yaml (the same file name in both languages). */
export const GlossarySchema = z
  .object({
    /** English files only: the hash of the Thai version this translates (npm run i18n:stamp). */
    translatedFrom: TranslatedFrom,
    /** The term in Thai. */
    th: TextSchema,
    /** The term in English. */
    en: TextSchema,
    /** Plain-language definition, in the file's language. */
    definition: TextSchema,
    /**
     * Other spellings or wordings the handbook does not use for this term, in the file's language
     * (e.g. ทีมปฏิบัติงาน for ทีมปฏิบัติการ). The content check names any page that uses one.
     */
    avoid: z.array(TextSchema).default([]),
    /** Slugs of modules that explain the term. */
    related: z.array(SlugSchema).default([]),
  })
  .strict();

export type GlossaryData = z.output<typeof GlossarySchema>;
