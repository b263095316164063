import { DEFAULT_LANG, LANGS, type Lang, isLang } from './locales.ts';

/** Splits a content entry id ("th/what-is-corruption") into its language and slug. */
export function parseEntryId(id: string): { lang: Lang; slug: string } {
  const [lang, slug, ...rest] = id.split('/');
  if (!isLang(lang) || !slug || rest.length > 0) {
    throw new Error(`Content entry "${id}" is not in a language folder. Put it under content/th/… or content/en/….`);
  }
  return { lang, slug };
}

/** What a reader of one language gets for one page. */
export interface LocalizedEntry<E> {
  slug: string;
  /** The entry shown: the page's own translation, or the Thai original when there is none. */
  entry: E;
  /** The language the shown entry is written in. */
  contentLang: Lang;
  /** True when the reader's language has no translation yet and the Thai original is shown. */
  isFallback: boolean;
}

/**
 * For one reader language, pairs every Thai page with its translation. A page not yet
 * translated falls back to the Thai original (shown with a notice, never a 404).
 * A translation without a Thai original is an error: Thai is the source language.
 */
export function localizeEntries<E extends { id: string }>(entries: readonly E[], lang: Lang): LocalizedEntry<E>[] {
  const bySlug = new Map<string, Partial<Record<Lang, E>>>();
  for (const entry of entries) {
    const { lang: entryLang, slug } = parseEntryId(entry.id);
    const slot = bySlug.get(slug) ?? {};
    slot[entryLang] = entry;
    bySlug.set(slug, slot);
  }
  const result: LocalizedEntry<E>[] = [];
  for (const [slug, slot] of bySlug) {
    const source = slot[DEFAULT_LANG];
    if (!source) {
      const langs = LANGS.filter((l) => slot[l]).join(', ');
      throw new Error(
        `"${slug}" exists in ${langs} but not in Thai. Add content/${DEFAULT_LANG}/…/${slug} first: Thai is the source language.`,
      );
    }
    const own = slot[lang];
    result.push(
      own
        ? { slug, entry: own, contentLang: lang, isFallback: false }
        : { slug, entry: source, contentLang: DEFAULT_LANG, isFallback: true },
    );
  }
  return result;
}

/** Slugs that have a Thai page but no page in `lang`: the translation backlog. */
export function missingTranslations(ids: readonly string[], lang: Lang): string[] {
  const have = new Set(ids.filter((id) => parseEntryId(id).lang === lang).map((id) => parseEntryId(id).slug));
  return ids
    .map(parseEntryId)
    .filter((e) => e.lang === DEFAULT_LANG && !have.has(e.slug))
    .map((e) => e.slug)
    .sort();
}
