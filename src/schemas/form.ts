import { z } from 'astro/zod';
import { TextSchema } from './slug.ts';

/** Frontmatter of a printable field form: content/<lang>/forms/<slug>.mdx */
export const FormSchema = z
  .object({
    /** The form's title as printed on it. */
    title: TextSchema,
    /** What the form is for and who fills it in. */
    summary: TextSchema,
    /** Position in the list of forms. */
    order: z.number({ error: 'expected a whole number such as 1' }).int().positive(),
  })
  .strict();

export type FormData = z.output<typeof FormSchema>;
