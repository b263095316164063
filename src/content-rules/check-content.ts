/**
 * The whole content check: every file in content/ against its schema and the rules, and the files
 * against each other (cross-references, translations, quizzes against the headings they cite).
 * One function for `npm run check:content` (scripts/check-content.ts) and for the build, which
 * runs it before it renders a page (src/integrations/handbook.ts). Node only (reads the files).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { PAGE_KINDS, type PageKind } from '../schemas/kinds.ts';
import { GlossarySchema } from '../schemas/glossary.ts';
import { QuizSchema } from '../schemas/quiz.ts';
import { LANGS, DEFAULT_LANG } from '../lib/locales.ts';
import { headingKey } from '../lib/quiz/questions.ts';
import { countWords, plainTextFromMdx } from '../lib/reading-time.ts';
import { loadContentIndex, type ContentIndex } from './content-index.ts';
import { lineOfKey, parseMdx, parseYaml } from './frontmatter.ts';
import { pageTreeProblems, textProblems } from './page-rules.ts';
import { selfReferenceProblems } from './rules/self-reference.ts';
import { slideRows, slideProblems } from './rules/slides.ts';
import {
  quizSectionProblems,
  quizTwinProblems,
  referenceProblems,
  schemaProblems,
  sessionTwinProblems,
  sourcesTwinProblems,
} from './rules/data.ts';
import { formLinkProblems, formTwinProblems } from './rules/forms.ts';
import { textOf, walk, type Node } from './mdast.ts';
import type { Problem } from './problem.ts';

export interface ContentReport {
  problems: Problem[];
  /** Files in content/th without an English twin (served in Thai with a notice). */
  untranslated: string[];
  counts: Record<string, number>;
  /** Words per module and session page, as Intl.Segmenter counts them. */
  words: Array<{ file: string; words: number }>;
}

interface ParsedPage {
  file: string;
  data: Record<string, unknown>;
  tree: Node;
  headings: Set<string>;
}

function names(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

/** The ## and ### heading texts of a page (what quiz `section` fields name). */
function headingTexts(tree: Node): Set<string> {
  const texts = new Set<string>();
  walk(tree, (node, ancestors) => {
    if (node.type === 'heading' && ancestors.length === 1 && (node.depth === 2 || node.depth === 3)) texts.add(headingKey(textOf(node)));
    return undefined;
  });
  return texts;
}

export function checkContent(root: string, cwd = process.cwd()): ContentReport {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(cwd, p);
  let index: ContentIndex;
  try {
    index = loadContentIndex(root);
  } catch (error) {
    return { problems: [{ file: rel(root), message: (error as Error).message }], untranslated: [], counts: {}, words: [] };
  }
  const pages = new Map<string, ParsedPage>();
  const words: ContentReport['words'] = [];

  for (const lang of LANGS) {
    for (const kind of Object.keys(PAGE_KINDS) as PageKind[]) {
      for (const slug of names(join(root, lang, kind), '.mdx')) {
        const path = join(root, lang, kind, `${slug}.mdx`);
        const file = rel(path);
        const source = readFileSync(path, 'utf8');
        let parsed;
        try {
          parsed = parseMdx(source);
        } catch (error) {
          problems.push({ file, message: (error as Error).message });
          continue;
        }
        const data = (parsed.data ?? {}) as Record<string, unknown>;
        const fieldLine = (field: string | undefined) => (field ? lineOfKey(parsed.frontmatter, field) : undefined);
        problems.push(...schemaProblems(file, PAGE_KINDS[kind], data).map((p) => ({ ...p, line: fieldLine(p.field) })));
        let tree: Node;
        try {
          tree = mdxToMdast(source) as unknown as Node;
        } catch (error) {
          problems.push({ file, message: `the MDX cannot be read: ${(error as Error).message.split('\n')[0]}` });
          continue;
        }
        problems.push(
          ...pageTreeProblems(tree, { file, lang, kind, frontmatter: data, fieldLines: { sources: fieldLine('sources') ?? 1 } }, index),
        );
        problems.push(...textProblems(file, source, lang, index));
        if (kind === 'modules')
          problems.push(...referenceProblems(file, 'relatedSessions', data['relatedSessions'], index.slugs.sessions, 'session'));
        if (kind === 'forms')
          problems.push(...formLinkProblems(file, data, index.slugs).map((p) => ({ ...p, line: fieldLine('sections') })));
        if (kind === 'sessions') {
          problems.push(...referenceProblems(file, 'relatedModules', data['relatedModules'], index.slugs.modules, 'module'));
          problems.push(...referenceProblems(file, 'forms', data['forms'], index.slugs.forms, 'form'));
        }
        if (lang === DEFAULT_LANG && 'translatedFrom' in data) {
          problems.push({
            file,
            line: fieldLine('translatedFrom'),
            message: 'translatedFrom belongs in English files only (it records which Thai version they translate)',
          });
        }
        if (lang !== DEFAULT_LANG && !existsSync(join(root, DEFAULT_LANG, kind, `${slug}.mdx`))) {
          problems.push({ file, message: `has no Thai original content/${DEFAULT_LANG}/${kind}/${slug}.mdx; Thai is the source language` });
        }
        if (kind === 'modules' || kind === 'sessions') words.push({ file, words: countWords(plainTextFromMdx(parsed.body), lang) });
        pages.set(`${lang}/${kind}/${slug}`, { file, data, tree, headings: headingTexts(tree) });
      }
    }
    for (const id of names(join(root, lang, 'glossary'), '.yaml')) {
      const path = join(root, lang, 'glossary', `${id}.yaml`);
      const file = rel(path);
      try {
        const text = readFileSync(path, 'utf8');
        const data = parseYaml(text) as Record<string, unknown> | null;
        problems.push(...textProblems(file, text, lang, index));
        problems.push(...schemaProblems(file, GlossarySchema, data));
        problems.push(...referenceProblems(file, 'related', data?.['related'], index.slugs.modules, 'module'));
      } catch (error) {
        problems.push({ file, message: (error as Error).message });
      }
    }
  }

  // Translations: the same sources (so citation numbers match), the same timetable and slides.
  for (const [key, page] of pages) {
    if (key.startsWith(`${DEFAULT_LANG}/`)) continue;
    const thai = pages.get(key.replace(/^[a-z]+\//, `${DEFAULT_LANG}/`));
    if (!thai) continue;
    problems.push(...sourcesTwinProblems(page.file, thai.data, page.data));
    if (key.includes('/sessions/')) problems.push(...sessionTwinProblems(page.file, thai.data, page.data));
    if (key.includes('/forms/')) problems.push(...formTwinProblems(page.file, thai.data, page.data));
  }
  for (const [key, page] of pages) {
    if (!key.includes('/sessions/')) continue;
    const rows = Array.isArray(page.data['agenda']) ? page.data['agenda'].length : 0;
    const thai = key.startsWith(`${DEFAULT_LANG}/`) ? undefined : pages.get(key.replace(/^[a-z]+\//, `${DEFAULT_LANG}/`));
    problems.push(...slideProblems(page.file, page.tree, rows, thai ? slideRows(thai.tree).map((r) => r.row) : undefined));
  }

  // Quizzes: schema, sections that exist, and translations that ask the same questions.
  const quizzes = new Map<string, unknown>();
  for (const lang of LANGS) {
    const banks = [
      ...names(join(root, lang, 'modules'), '.quiz.yaml').map((name) => ({
        folder: 'modules',
        name,
        ownModule: name as string | undefined,
      })),
      ...names(join(root, lang, 'quizzes'), '.quiz.yaml').map((name) => ({ folder: 'quizzes', name, ownModule: undefined })),
    ];
    for (const { folder, name, ownModule } of banks) {
      const path = join(root, lang, folder, `${name}.quiz.yaml`);
      const file = rel(path);
      try {
        const text = readFileSync(path, 'utf8');
        const data = parseYaml(text);
        problems.push(...textProblems(file, text, lang, index));
        const found = schemaProblems(file, QuizSchema, data);
        problems.push(...found);
        if (found.length > 0) continue;
        quizzes.set(`${lang}/${folder}/${name}`, data);
        if (folder === 'modules' && !index.slugs.modules.has(name)) {
          problems.push({ file, message: `there is no module "${name}" for this quiz; name it after a module file` });
          continue;
        }
        problems.push(...quizSectionProblems(file, data as never, ownModule, (module) => pages.get(`${lang}/modules/${module}`)?.headings));
      } catch (error) {
        problems.push({ file, message: (error as Error).message });
      }
    }
  }
  for (const [key, data] of quizzes) {
    if (key.startsWith(`${DEFAULT_LANG}/`)) continue;
    const thai = quizzes.get(key.replace(/^[a-z]+\//, `${DEFAULT_LANG}/`));
    const file = rel(join(root, `${key}.quiz.yaml`));
    if (!thai) problems.push({ file, message: 'has no Thai original; Thai is the source language' });
    else problems.push(...quizTwinProblems(file, thai as never, data as never));
  }

  // UI strings are read on every page: they must not talk about the handbook's research either.
  for (const lang of LANGS) {
    const file = join(cwd, 'src', 'i18n', `${lang}.ts`);
    if (existsSync(file)) problems.push(...selfReferenceProblems(rel(file), readFileSync(file, 'utf8')));
  }

  const untranslated: string[] = [];
  for (const kind of [...Object.keys(PAGE_KINDS), 'glossary']) {
    const ext = kind === 'glossary' ? '.yaml' : '.mdx';
    for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
      const have = new Set(names(join(root, lang, kind), ext));
      for (const slug of names(join(root, DEFAULT_LANG, kind), ext))
        if (!have.has(slug)) untranslated.push(rel(join(root, lang, kind, `${slug}${ext}`)));
    }
  }
  const counts = {
    modules: index.slugs.modules.size,
    sessions: index.slugs.sessions.size,
    forms: index.slugs.forms.size,
    'glossary terms': index.glossaryIds.size,
    sources: index.sources.size,
    quizzes: quizzes.size,
  };
  return { problems, untranslated, counts, words };
}
