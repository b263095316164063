/**
 * Every page learns its language once, here, from the URL (Astro's i18n routing: Thai at the
 * root, English under /en/), and gets the translator for it. Components read Astro.locals.lang
 * and Astro.locals.t instead of passing the language down as a prop.
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/ui.ts';
import { DEFAULT_LANG, isLang, splitLocalePath } from './lib/locales.ts';
import { withoutBase } from './lib/base-path.ts';

export const onRequest = defineMiddleware((context, next) => {
  const fromRouting = context.currentLocale;
  const lang = isLang(fromRouting)
    ? fromRouting
    : (splitLocalePath(withoutBase(import.meta.env.BASE_URL, context.url.pathname)).lang ?? DEFAULT_LANG);
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  return next();
});
