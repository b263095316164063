import { z } from 'astro/zod';
import { TranslatedFrom } from './translated-from.ts';
import { SlugSchema, TextSchema } from './primitives.ts';

/** Frontmatter of a printable field form: content/<lang>/forms/<slug>.mdx */
export const FormSchema = z
  .object({
    /** English files only: the hash of the Thai version this translates (npm run i18n:stamp). */
    translatedFrom: TranslatedFrom,
    /** The form's title as printed on it. */
    title: TextSchema,
    /** What the form is for and who fills it in. */
    summary: TextSchema,
    /** Ids of the sources the page cites (content/data/sources/<id>.yaml), in the order they are numbered. */
    sources: z.array(SlugSchema, { error: 'expected a list of source ids from content/data/sources/<id>.yaml' }).default([]),
    /** Position in the list of forms. */
    order: z.number({ error: 'expected a whole number such as 1' }).int().positive(),
  })
  .strict();

export type FormData = z.output<typeof FormSchema>;
