/**
 * What the page of one module, session or form starts from: the entry shown, its place in the
 * list, its rendered text and headings, labels in the language it is written in, and the links
 * to the pages before and after it.
 */
import { render, type CollectionEntry } from 'astro:content';
import { useTranslations } from '../i18n/ui.ts';
import type { LocalizedEntry } from '../lib/entries.ts';
import { neighbours } from '../lib/navigation.ts';

type Kind = 'modules' | 'sessions' | 'forms';

/**
 * @param items the ordered list the page belongs to (getModules, getSessions, getForms)
 * @param kind the list's folder, for the previous and next links ("/modules/<slug>/")
 */
export async function chapterPage<T extends LocalizedEntry<CollectionEntry<Kind>>>(items: readonly T[], slug: string, kind: Kind) {
  const current = items.find((item) => item.slug === slug)!;
  const { Content, headings } = await render(current.entry);
  const { prev, next } = neighbours(items, slug);
  const link = (item: T | undefined) => (item ? { path: `/${kind}/${item.slug}/`, title: item.entry.data.title } : undefined);
  return {
    current,
    /** 1-based. */
    position: items.indexOf(current) + 1,
    tc: useTranslations(current.contentLang),
    Content,
    headings,
    prev: link(prev),
    next: link(next),
  };
}
