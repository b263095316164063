import { withBase } from './base-path.ts';

/**
 * The handbook's languages and how a language maps onto URLs. This list is the one source of
 * truth: astro.config.mjs builds Astro's i18n routing from it.
 * Thai is the default and lives at the site root; English lives under /en/ with the same paths.
 */
export const LANGS = ['th', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'th';

/** Labels shown in the language switch, each in its own language. */
export const LANG_LABELS: Record<Lang, string> = { th: 'ไทย', en: 'English' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The other language of the pair; used by the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'th' ? 'en' : 'th';
}

/**
 * The URL path (without the site base) of a page in a language.
 * `path` is written from the root of the language: "/modules/what-is-corruption/".
 * @example localePath('en', '/modules/') // '/en/modules/'
 */
export function localePath(lang: Lang, path: string): string {
  const clean = `/${path.replace(/^\/+/, '')}`;
  return lang === DEFAULT_LANG ? clean : `/${lang}${clean === '/' ? '/' : clean}`;
}

/**
 * Splits a root-relative pathname (base already removed) into its language and the path
 * inside that language. Anything not under /en/ is Thai.
 * @example splitLocalePath('/en/modules/') // { lang: 'en', path: '/modules/' }
 */
export function splitLocalePath(pathname: string): { lang: Lang; path: string } {
  const match = /^\/(en)(\/.*)?$/.exec(pathname);
  if (match) return { lang: 'en', path: match[2] ?? '/' };
  return { lang: DEFAULT_LANG, path: pathname || '/' };
}

/** The `lang` route parameter for Astro's `[...lang]` pages: undefined for Thai (the root). */
export function langParam(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

/** Reads the `[...lang]` route parameter back into a language; throws on anything unknown. */
export function langFromParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return DEFAULT_LANG;
  if (isLang(param)) return param;
  throw new Error(`Unknown language segment "${param}" in the URL.`);
}

/**
 * The href of a page in a language, with the site base applied. Every internal link in the
 * templates goes through here so that a sub-path build (BASE_PATH) keeps working.
 * @example pageHref('/handbook/', 'en', '/modules/') // '/handbook/en/modules/'
 */
export function pageHref(base: string, lang: Lang, path: string): string {
  return withBase(base, localePath(lang, path));
}
