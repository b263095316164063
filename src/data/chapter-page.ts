/**
 * What the page of one module, session or form starts from: the entry shown, its place in the
 * list, its rendered text and headings, labels in the language it is written in, and what its
 * ReadingLayout is given (address, title, breadcrumbs, the pages before and after it).
 */
import { render, type CollectionEntry } from 'astro:content';
import { useTranslations } from '../i18n/ui.ts';
import type { LocalizedEntry } from '../lib/entries.ts';
import type { Lang } from '../lib/locales.ts';
import { neighbours } from '../lib/navigation.ts';

type Kind = 'modules' | 'sessions' | 'forms';
const LIST_LABEL = { modules: 'nav.modules', sessions: 'nav.sessions', forms: 'nav.forms' } as const;

/**
 * @param items the ordered list the page belongs to (getModules, getSessions, getForms)
 * @param kind the list's folder ("/modules/<slug>/")
 * @param lang the reader's language, for the breadcrumbs
 */
export async function chapterPage<T extends LocalizedEntry<CollectionEntry<Kind>>>(
  items: readonly T[],
  slug: string,
  kind: Kind,
  lang: Lang,
) {
  const current = items.find((item) => item.slug === slug)!;
  const { Content, headings } = await render(current.entry);
  const { prev, next } = neighbours(items, slug);
  const link = (item: T | undefined) => (item ? { path: `/${kind}/${item.slug}/`, title: item.entry.data.title } : undefined);
  const { title, summary } = current.entry.data;
  return {
    current,
    /** 1-based. */
    position: items.indexOf(current) + 1,
    tc: useTranslations(current.contentLang),
    Content,
    headings,
    /** For <ReadingLayout {...layout} outline={…}>. */
    layout: {
      kind,
      contentLang: current.contentLang,
      path: `/${kind}/${slug}/`,
      title,
      description: summary,
      crumbs: [{ label: useTranslations(lang)(LIST_LABEL[kind]), path: `/${kind}/` }, { label: title }],
      prev: link(prev),
      next: link(next),
    },
  };
}
