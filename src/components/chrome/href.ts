import { pageHref } from '../../lib/site-url.ts';
import type { Lang } from '../../lib/locales.ts';

/** Shortcut for templates: the href of a page in a language under this build's base. */
export function href(lang: Lang, path: string): string {
  return pageHref(import.meta.env.BASE_URL, lang, path);
}

/** The href of a file served from public/ or the build output, under this build's base. */
export function assetHref(path: string): string {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${path.replace(/^\/+/, '')}`;
}
