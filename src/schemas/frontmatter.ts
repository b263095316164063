import { z } from 'astro/zod';
import { TranslatedFrom } from './translated-from.ts';
import { SlugSchema, TextSchema } from './primitives.ts';

/**
 * The fields every chapter, form and page begins with (src/schemas/module.ts, session.ts, form.ts,
 * page.ts), and the ones several of them share: written once, so that they check and report alike.
 */
export const frontmatterHead = {
  /** English files only: the hash of the Thai version this translates (npm run i18n:stamp). */
  translatedFrom: TranslatedFrom,
  /** The title: of the module, the session, the form (as printed on it) or the page. */
  title: TextSchema,
  /** A sentence or two about it, shown under its title in lists (each schema says more). */
  summary: TextSchema,
};

/** Position in a list (1, 2, 3 …). */
export const OrderSchema = z.number({ error: 'expected a whole number such as 1' }).int().positive();

/** Ids of the sources a text cites (content/data/sources/<id>.yaml), in the order they are numbered. */
export const SourceIdsSchema = z.array(SlugSchema, { error: 'expected a list of source ids from content/data/sources/<id>.yaml' });

/** When the content was last checked (YYYY-MM-DD). */
export const UpdatedSchema = z.coerce.date({ error: 'expected a date written YYYY-MM-DD' });
