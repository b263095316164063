/**
 * The handbook's content as the pages need it: one language's modules, sessions, glossary
 * and pages, in order, with untranslated pages falling back to Thai. Cross-references
 * (related sessions, related modules) are checked here so a typo fails the build, naming the file.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { flattenQuiz, headingKey, type QuestionView } from '../lib/quiz/questions.ts';
import { useTranslations } from '../i18n/ui.ts';
import { localizeEntries, parseEntryId, type LocalizedEntry } from '../lib/entries.ts';
import { sortByKey } from '../lib/navigation.ts';
import { sessionStartTimes } from '../lib/agenda.ts';
import { LANGS, langParam, type Lang } from '../lib/locales.ts';

export type ModuleEntry = CollectionEntry<'modules'>;
export type SessionEntry = CollectionEntry<'sessions'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type PageEntry = CollectionEntry<'pages'>;
export type FormEntry = CollectionEntry<'forms'>;

/** getStaticPaths entries for a page that exists once per language. */
export function languagePaths() {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) } }));
}

/** getStaticPaths entries for a page per language and variant (the book's editions, the test's phases). */
export function variantPaths<const K extends string, const V extends string>(key: K, variants: readonly V[]) {
  return LANGS.flatMap((lang) =>
    variants.map((variant) => ({ params: { lang: langParam(lang), [key]: variant }, props: { [key]: variant } as Record<K, V> })),
  );
}

/** getStaticPaths entries for a page per item and language (every session, every module …). */
async function itemPaths(list: (lang: Lang) => Promise<Array<{ slug: string }>>) {
  const paths = [];
  for (const lang of LANGS) {
    for (const item of await list(lang)) paths.push({ params: { lang: langParam(lang), slug: item.slug }, props: { slug: item.slug } });
  }
  return paths;
}

export const modulePaths = () => itemPaths(getModules);
export const sessionPaths = () => itemPaths(getSessions);
export const formPaths = () => itemPaths(getForms);

export async function getModules(lang: Lang): Promise<LocalizedEntry<ModuleEntry>[]> {
  const all = await getCollection('modules');
  await checkReferences(all, 'relatedSessions', 'sessions');
  const localized = localizeEntries(all, lang).map((e) => ({ ...e, sortKey: [e.entry.data.order] }));
  return sortByKey(localized);
}

export type ScheduledSessionEntry = LocalizedEntry<SessionEntry> & {
  /** Clock time the session starts on its day ("09:00"). */
  start: string;
};

export async function getSessions(lang: Lang): Promise<ScheduledSessionEntry[]> {
  const all = await getCollection('sessions');
  await checkReferences(all, 'relatedModules', 'modules');
  const ordered = sortByKey(localizeEntries(all, lang).map((e) => ({ ...e, sortKey: [e.entry.data.day, e.entry.data.order] })));
  const starts = sessionStartTimes(ordered.map((s) => s.entry.data));
  return ordered.map((s, i) => ({ ...s, start: starts[i] ?? '09:00' }));
}

export async function getGlossary(lang: Lang): Promise<LocalizedEntry<GlossaryEntry>[]> {
  const all = await getCollection('glossary');
  await checkReferences(all, 'related', 'modules');
  const collator = new Intl.Collator(lang);
  return localizeEntries(all, lang).sort((a, b) => collator.compare(a.entry.data[lang], b.entry.data[lang]));
}

export async function getForms(lang: Lang): Promise<LocalizedEntry<FormEntry>[]> {
  const localized = localizeEntries(await getCollection('forms'), lang).map((e) => ({ ...e, sortKey: [e.entry.data.order] }));
  return sortByKey(localized);
}

export async function getPage(lang: Lang, slug: string): Promise<LocalizedEntry<PageEntry>> {
  const found = await findPage(lang, slug);
  if (!found) throw new Error(`Missing page content/th/pages/${slug}.mdx. Create it (and its English twin).`);
  return found;
}

/** A standalone page in one language, or undefined when the handbook has none by that name. */
export async function findPage(lang: Lang, slug: string): Promise<LocalizedEntry<PageEntry> | undefined> {
  return localizeEntries(await getCollection('pages'), lang).find((p) => p.slug === slug);
}

/** Fails with the file and field when an entry names a slug that does not exist. */
async function checkReferences<E extends { id: string; filePath?: string | undefined; data: object }>(
  entries: readonly E[],
  field: string,
  target: 'modules' | 'sessions',
): Promise<void> {
  const known = new Set((await getCollection(target)).map((e) => parseEntryId(e.id).slug));
  for (const entry of entries) {
    const value = (entry.data as Record<string, unknown>)[field];
    if (!Array.isArray(value)) continue;
    for (const slug of value as string[]) {
      if (!known.has(slug)) {
        throw new Error(
          `${entry.filePath ?? entry.id}: field "${field}" names "${slug}", but there is no content/th/${target}/${slug}.mdx. Fix the slug or add that page.`,
        );
      }
    }
  }
}

/** Heading ids of every module in one language, by heading text, for quiz links. */
async function headingIndex(lang: Lang): Promise<Map<string, Map<string, string>>> {
  const index = new Map<string, Map<string, string>>();
  for (const { slug, entry } of localizeEntries(await getCollection('modules'), lang)) {
    const { headings } = await render(entry);
    index.set(slug, new Map(headings.map((h) => [headingKey(h.text), h.slug])));
  }
  return index;
}

/**
 * A quiz in one language ("what-is-corruption" or "workshop"), flattened for rendering, with
 * every `section` resolved to a heading id. Falls back to the Thai bank when there is no
 * translation. Undefined when the quiz does not exist.
 */
export async function getQuiz(
  lang: Lang,
  name: string,
  ownModule?: string,
): Promise<{ questions: QuestionView[]; contentLang: Lang; title: string | undefined } | undefined> {
  const entry = (await getEntry('quizzes', `${lang}/${name}`)) ?? (await getEntry('quizzes', `th/${name}`));
  if (!entry) return undefined;
  const contentLang: Lang = entry.id.startsWith('en/') ? 'en' : 'th';
  const headings = await headingIndex(contentLang);
  const t = useTranslations(contentLang);
  const folder = ownModule ? 'modules' : 'quizzes';
  const questions = flattenQuiz(entry.data, {
    file: `content/${contentLang}/${folder}/${name}.quiz.yaml`,
    ownModule,
    labels: { true: t('quiz.true'), false: t('quiz.false') },
    headingSlug: (module, text) => headings.get(module)?.get(headingKey(text)),
  });
  return { questions, contentLang, title: entry.data.title };
}
