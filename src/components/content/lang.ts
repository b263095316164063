import type { AstroGlobal } from 'astro';
import { isLang, type Lang } from '../../lib/locales.ts';

/**
 * The language an author's component is written in: the `contentLang` the build gives every
 * component from its file's folder (content/th/… or content/en/…), so a Thai chapter shown under
 * /en/ keeps Thai labels; the reader's language for a component used outside MDX.
 */
export function contentLang(astro: AstroGlobal): Lang {
  const fromFile = (astro.props as { contentLang?: unknown }).contentLang;
  return isLang(fromFile) ? fromFile : astro.locals.lang;
}
