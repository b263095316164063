import { z } from 'astro/zod';

/** Hash of the Thai file an English file translates; written by `npm run i18n:stamp`. */
export const TranslatedFrom = z
  .string()
  .regex(/^[0-9a-f]{6,64}$/, { error: 'expected the hash written by npm run i18n:stamp' })
  .optional();
