import { withBase } from './base-path.ts';
import { localePath, type Lang } from './locales.ts';

/**
 * The href of a page in a language, with the site base applied. Every internal link in the
 * templates goes through here so that a sub-path build (BASE_PATH) keeps working.
 * @example pageHref('/handbook/', 'en', '/modules/') // '/handbook/en/modules/'
 */
export function pageHref(base: string, lang: Lang, path: string): string {
  return withBase(base, localePath(lang, path));
}
