import { z } from 'astro/zod';
import { TextSchema } from './slug.ts';

/** A source a module's facts come from; listed on the module page. */
export const SourceSchema = z
  .object({
    /** Title of the document or page, as its publisher gives it. */
    title: TextSchema,
    /** Who published it (an agency, a newspaper, an organisation). */
    publisher: TextSchema,
    /** Where a reader can check it. */
    url: z.url({ error: 'expected a full web address starting with https:// or http://' }),
    /** When it was published (YYYY-MM-DD), if known. */
    date: z.coerce.date({ error: 'expected a date written YYYY-MM-DD' }).optional(),
  })
  .strict();

export type Source = z.output<typeof SourceSchema>;
