import { pageHref } from '../../lib/locales.ts';
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

/**
 * The public address of a page, for QR codes, printed links and share previews; undefined while
 * the handbook has no public address (then nothing online is printed or linked).
 */
export function onlineHref(site: URL | undefined, lang: Lang, path: string): string | undefined {
  return site ? new URL(href(lang, path), site).href : undefined;
}
