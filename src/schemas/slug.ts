import { z } from 'astro/zod';

/** A page's slug: its file name without extension, lower-case words joined by hyphens. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected a slug: lower-case letters, digits and hyphens, like "what-is-corruption"',
  });

/** Text that must not be empty. */
export const TextSchema = z.string({ error: 'expected text' }).trim().min(1, { error: 'must not be empty' });

/** A non-empty list of texts. */
export const TextListSchema = z
  .array(TextSchema, { error: 'expected a list of texts' })
  .min(1, { error: 'needs at least one item' });
