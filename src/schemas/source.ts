import { z } from 'astro/zod';
import { LocalizedTextSchema } from './primitives.ts';

/**
 * One source of the source register: content/data/sources/<id>.yaml, one file per source, the
 * file name being its id. Every source the handbook cites is written there once; a page lists the
 * ids it uses in its `sources` field and cites them in the text with <Cite id="…" />.
 */
export const SourceSchema = z
  .object({
    /** Title of the document or page as its publisher gives it (with an English rendering if it is Thai). */
    title: LocalizedTextSchema,
    /** Who published it. */
    publisher: LocalizedTextSchema,
    /** Where a reader can check it. */
    url: z.url({ error: 'expected a full web address starting with https:// or http://' }),
    /** When it was published (YYYY-MM-DD), if known. */
    date: z.coerce.date({ error: 'expected a date written YYYY-MM-DD' }).optional(),
    /**
     * primary: the law itself or the responsible agency; secondary: reputable news or law
     * publishers; weak: blogs, slides, copies of unknown origin — kept only where nothing better
     * says the same, and marked as such in every list.
     */
    quality: z.enum(['primary', 'secondary', 'weak'], { error: 'expected primary, secondary or weak' }),
  })
  .strict();

export type Source = z.output<typeof SourceSchema> & { id: string };
