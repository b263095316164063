/**
 * The kinds of page authors write, each with the folder it lives in (content/<lang>/<folder>/) and
 * its frontmatter schema. src/content.config.ts builds Astro's collections from this list and the
 * content check reads it, so a new kind is added in one place.
 */
import { ModuleSchema } from './module.ts';
import { SessionSchema } from './session.ts';
import { FormSchema } from './form.ts';
import { PageSchema } from './page.ts';

export const PAGE_KINDS = {
  modules: ModuleSchema,
  sessions: SessionSchema,
  forms: FormSchema,
  pages: PageSchema,
} as const;

export type PageKind = keyof typeof PAGE_KINDS;
