/** What the printed documents need: the site's public address for QR codes, and every quiz. */
import { getQuiz } from './handbook.ts';
import type { Lang } from '../lib/locales.ts';

/**
 * The address QR codes and printed links point to: SITE_URL when the deployment sets it,
 * otherwise the local server `npm start` runs (the downloads page says which).
 */
export function publicOrigin(): string {
  return (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
}

export async function moduleQuiz(lang: Lang, slug: string) {
  return getQuiz(lang, slug, slug);
}
