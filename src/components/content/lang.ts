import type { AstroGlobal } from 'astro';
import { withoutBase } from '../../lib/base-path.ts';
import { splitLocalePath, type Lang } from '../../lib/locales.ts';

/**
 * The language an author's component is rendered in: the content's language when the page
 * set it (an untranslated page shows Thai under /en/), otherwise the URL's language.
 */
export function contentLang(astro: AstroGlobal): Lang {
  return astro.locals.contentLang ?? splitLocalePath(withoutBase(import.meta.env.BASE_URL, astro.url.pathname)).lang;
}

/** The language of the URL being built: where links from this page should point. */
export function pageLang(astro: AstroGlobal): Lang {
  return splitLocalePath(withoutBase(import.meta.env.BASE_URL, astro.url.pathname)).lang;
}
