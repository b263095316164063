import { z } from 'astro/zod';

/** One year of Thailand's Corruption Perceptions Index: content/data/cpi.yaml */
export const CpiYearSchema = z
  .object({
    /** The CPI year in the Common Era, as text ("2024"); it is the entry's id. */
    id: z.string().regex(/^\d{4}$/, { error: 'expected a four-digit CPI year such as "2024"' }),
    /** Score out of 100 (higher means perceived as cleaner). */
    score: z.number().int().min(0).max(100),
    /** Thailand's rank that year. */
    rank: z.number().int().positive(),
    /** How many countries were ranked. */
    countries: z.number().int().positive(),
    /** Where the figure was read. */
    source: z.url(),
  })
  .strict();

export type CpiYear = z.output<typeof CpiYearSchema>;
