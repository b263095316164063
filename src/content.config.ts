/**
 * Content collections. Everything an author writes lives in the top-level content/ folder:
 * content/th/… and content/en/…, where the same relative path is the same page.
 * A file that does not match its schema stops the build with the file and the field named.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { LANGS } from './lib/locales.ts';
import { PAGE_KINDS } from './schemas/kinds.ts';
import { GlossarySchema } from './schemas/glossary.ts';
import { CpiYearSchema } from './schemas/cpi.ts';
import { QuizSchema } from './schemas/quiz.ts';
import { SourceSchema } from './schemas/source.ts';
import { CastMemberSchema } from './schemas/cast.ts';

// Tests point this at a fixture tree to prove that broken content fails with a clear message.
const base = process.env.HANDBOOK_CONTENT_DIR ?? './content';

/** Entry ids keep the language folder: "th/what-is-corruption". */
function languageAndSlug({ entry }: { entry: string }): string {
  const [lang, , file] = entry.split('/');
  return `${lang}/${(file ?? '').replace(/(\.quiz)?\.(mdx|md|yaml|yml)$/, '')}`;
}

/** Where the pages of one kind live: content/<lang>/<folder>/*.mdx. */
const pagesOf = (folder: keyof typeof PAGE_KINDS) =>
  glob({ base, pattern: `{${LANGS.join(',')}}/${folder}/*.mdx`, generateId: languageAndSlug });

// The pages authors write, one collection per kind of src/schemas/kinds.ts.
export const collections = {
  modules: defineCollection({ loader: pagesOf('modules'), schema: PAGE_KINDS.modules }),
  sessions: defineCollection({ loader: pagesOf('sessions'), schema: PAGE_KINDS.sessions }),
  forms: defineCollection({ loader: pagesOf('forms'), schema: PAGE_KINDS.forms }),
  pages: defineCollection({ loader: pagesOf('pages'), schema: PAGE_KINDS.pages }),
  glossary: defineCollection({
    loader: glob({ base, pattern: `{${LANGS.join(',')}}/glossary/*.yaml`, generateId: languageAndSlug }),
    schema: GlossarySchema,
  }),
  quizzes: defineCollection({
    loader: glob({
      base,
      pattern: [`{${LANGS.join(',')}}/modules/*.quiz.yaml`, `{${LANGS.join(',')}}/quizzes/*.quiz.yaml`],
      generateId: languageAndSlug,
    }),
    schema: QuizSchema,
  }),
  cpi: defineCollection({
    loader: file(`${base}/data/cpi.yaml`),
    schema: CpiYearSchema,
  }),
  /** The source register: every source cited anywhere, once (content/data/sources/<id>.yaml). */
  sources: defineCollection({
    loader: glob({ base: `${base}/data/sources`, pattern: '*.yaml' }),
    schema: SourceSchema,
  }),
  /** The invented people of the examples, and the real people the text names (content/data/cast.yaml). */
  cast: defineCollection({
    loader: file(`${base}/data/cast.yaml`),
    schema: CastMemberSchema,
  }),
};
