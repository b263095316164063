/**
 * The project's list of Thai words to keep whole at line ends: content/data/thai-words.yaml and
 * every glossary term. Read once at build time (Node), used by the middleware on every page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'astro/zod';
import { makeWordList, type WordList } from '../lib/thai-line-breaks.ts';

const WordsSchema = z.array(z.string().trim().min(1), { error: 'expected a list of Thai words' });

export function readThaiWords(contentDir = process.env.HANDBOOK_CONTENT_DIR ?? 'content'): WordList {
  const words: string[] = [];
  const file = join(contentDir, 'data', 'thai-words.yaml');
  if (existsSync(file)) {
    const parsed = WordsSchema.safeParse(load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }));
    if (!parsed.success)
      throw new Error(`${file}: ${parsed.error.issues.map((i) => `entry ${i.path.join('.')}: ${i.message}`).join('; ')}`);
    words.push(...parsed.data);
  }
  const glossary = join(contentDir, 'th', 'glossary');
  if (existsSync(glossary)) {
    for (const name of readdirSync(glossary).filter((f) => f.endsWith('.yaml'))) {
      try {
        const term = (load(readFileSync(join(glossary, name), 'utf8'), { schema: CORE_SCHEMA }) as { th?: unknown } | null)?.th;
        if (typeof term === 'string') words.push(term);
      } catch {
        // The content check reports a broken glossary file with its line.
      }
    }
  }
  return makeWordList(words);
}
