/**
 * Every page learns its language once, here, from the URL (Astro's i18n routing: Thai at the
 * root, English under /en/), and gets the translator for it. Components read Astro.locals.lang
 * and Astro.locals.t instead of passing the language down as a prop.
 * On the way out, every page's Thai text gets its line breaks fixed (src/lib/thai-line-breaks.ts):
 * the project's words stay whole at line ends on screen, on slides and in print; and the print
 * pages (/book/…) get links that work on paper (src/lib/print-links.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/ui.ts';
import { DEFAULT_LANG, isLang, splitLocalePath } from './lib/locales.ts';
import { withoutBase } from './lib/base-path.ts';
import { keepWordsWhole } from './lib/thai-line-breaks.ts';
import { printLinks } from './lib/print-links.ts';
import { readThaiWords } from './config/thai-words.ts';

const words = readThaiWords();

export const onRequest = defineMiddleware(async (context, next) => {
  const fromRouting = context.currentLocale;
  const lang = isLang(fromRouting)
    ? fromRouting
    : (splitLocalePath(withoutBase(import.meta.env.BASE_URL, context.url.pathname)).lang ?? DEFAULT_LANG);
  const path = splitLocalePath(withoutBase(import.meta.env.BASE_URL, context.url.pathname)).path;
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  let html = keepWordsWhole(await response.text(), words);
  if (path.startsWith('/book/')) html = printLinks(html, import.meta.env.SITE, import.meta.env.BASE_URL);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
