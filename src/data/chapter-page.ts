/**
 * What the page of one module, session or form starts from: the entry shown, its place in the
 * list, its rendered text and headings, labels in the language it is written in, and what its
 * ReadingLayout is given (address, title, breadcrumbs, the pages before and after it).
 */
import { render } from 'astro:content';
import { getForms, getModules, getSessions } from './handbook.ts';
import { useTranslations } from '../i18n/ui.ts';
import type { Lang } from '../lib/locales.ts';
import { neighbours } from '../lib/navigation.ts';

/** Each kind of chapter page: its folder ("/modules/<slug>/"), the ordered list it belongs to, and that list's name. */
const LISTS = {
  modules: { list: getModules, label: 'nav.modules' },
  sessions: { list: getSessions, label: 'nav.sessions' },
  forms: { list: getForms, label: 'nav.forms' },
} as const;
type Kind = keyof typeof LISTS;
type Item<K extends Kind> = Awaited<ReturnType<(typeof LISTS)[K]['list']>>[number];

/**
 * @param kind the list's folder ("/modules/<slug>/")
 * @param slug the page's entry
 * @param lang the reader's language, for the list and the breadcrumbs
 */
export async function chapterPage<K extends Kind>(kind: K, slug: string, lang: Lang) {
  const items = (await LISTS[kind].list(lang)) as Item<K>[];
  const current = items.find((item) => item.slug === slug)!;
  const { Content, headings } = await render(current.entry);
  const { prev, next } = neighbours(items, slug);
  const link = (item: Item<K> | undefined) => (item ? { path: `/${kind}/${item.slug}/`, title: item.entry.data.title } : undefined);
  const { title, summary } = current.entry.data;
  return {
    /** The list's item: the entry, its language and, for a session, its start time. */
    current,
    // Typed from the list, as the kind names it (TypeScript does not narrow inside the generic).
    entry: current.entry as Item<K>['entry'],
    data: current.entry.data as Item<K>['entry']['data'],
    /** The language the entry is written in (Thai where it is not translated yet). */
    contentLang: current.contentLang,
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
      crumbs: [{ label: useTranslations(lang)(LISTS[kind].label), path: `/${kind}/` }, { label: title }],
      prev: link(prev),
      next: link(next),
    },
  };
}
