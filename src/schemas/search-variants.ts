import { z } from 'astro/zod';

/** content/data/search-variants.yaml: groups of spellings search treats as one word. */
export const SearchVariantsSchema = z.array(
  z.array(z.string().trim().min(1)).min(2, { error: 'each group needs the official spelling and at least one variant' }),
  { error: 'expected a list of groups, each a list like [คอร์รัปชัน, คอรัปชั่น]' },
);
