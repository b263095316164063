/**
 * The UI dictionary and the translator. Both dictionaries are validated when this module is
 * imported, so a missing, empty or extra key, or a placeholder that differs between the
 * languages, stops the build with the key named.
 */
import { th, type UIKey } from './th.ts';
import { en } from './en.ts';
import type { Lang } from '../lib/locales.ts';
import { createTranslator, validateDictionaries, type Translator } from '../lib/translate.ts';

export const dictionaries: Record<Lang, Record<UIKey, string>> = { th, en };

validateDictionaries(dictionaries, 'th', 'src/i18n');

/** The translator for one language: t('nav.home'), t('module.readingTime', { n: 4 }). */
export function useTranslations(lang: Lang): Translator<UIKey> {
  return createTranslator(dictionaries[lang]);
}

export type { UIKey };
