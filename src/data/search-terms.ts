/**
 * The equivalence groups the search page sends to the browser: spelling variants from
 * content/data/search-variants.yaml and every glossary term's Thai and English forms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { CORE_SCHEMA, load } from 'js-yaml';
import { SearchVariantsSchema } from '../schemas/search-variants.ts';

export async function searchEquivalents(): Promise<string[][]> {
  const file = join(process.env.HANDBOOK_CONTENT_DIR ?? 'content', 'data', 'search-variants.yaml');
  let variants: string[][] = [];
  try {
    const parsed = SearchVariantsSchema.safeParse(load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    variants = parsed.data;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const glossary = (await getCollection('glossary')).filter((e) => e.id.startsWith('th/'));
  return [...variants, ...glossary.map((e) => [e.data.th, e.data.en])];
}
