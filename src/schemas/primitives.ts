import { z } from 'astro/zod';

/** A page's slug: its file name without extension, lower-case words joined by hyphens. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'expected a slug: lower-case letters, digits and hyphens, like "what-is-corruption"',
});

/** Text that must not be empty. */
export const TextSchema = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/** A non-empty list of texts. */
export const TextListSchema = z.array(TextSchema, { error: 'expected a list of texts' }).min(1, { error: 'needs at least one item' });

/**
 * Text that is the same in both languages ("Bangkok Post") or differs ({ th: …, en: … }).
 * Used in content data that is shared by both editions (the source register, the cast list).
 */
export const LocalizedTextSchema = z.union([TextSchema, z.object({ th: TextSchema, en: TextSchema }).strict()], {
  error: 'expected text, or th: and en: texts',
});
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/** The text of a LocalizedText in one language. */
export function localized(text: LocalizedText, lang: 'th' | 'en'): string {
  return typeof text === 'string' ? text : text[lang];
}
