/**
 * npm run check:content — validates everything authors write in content/ without building the
 * site: frontmatter against the schemas, glossary ids in <Term>, cross-references, internal
 * links, and Thai/English twins. Prints one line per problem (file:line: what and how to fix)
 * and exits 1 when there is any. With --words it also prints each page's word count.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ModuleSchema } from '../src/schemas/module.ts';
import { SessionSchema } from '../src/schemas/session.ts';
import { GlossarySchema } from '../src/schemas/glossary.ts';
import { PageSchema } from '../src/schemas/page.ts';
import { FormSchema } from '../src/schemas/form.ts';
import { QuizSchema } from '../src/schemas/quiz.ts';
import { countWords } from '../src/lib/reading-time.ts';
import { plainTextFromMdx } from '../src/lib/reading-time.ts';
import { mdxToMdast } from 'satteri';
import { lineOfKey, parseMdx, parseYaml } from './lib/frontmatter.ts';
import { loadContentIndex } from '../src/content-rules/content-index.ts';
import { pageTreeProblems, textProblems } from '../src/content-rules/page-rules.ts';
import { selfReferenceProblems } from '../src/content-rules/rules/self-reference.ts';
import type { Node } from '../src/content-rules/mdast.ts';
import {
  formatProblem,
  headingTexts,
  internalLinkProblems,
  quizSectionProblems,
  quizTwinProblems,
  sessionTwinProblems,
  slideProblems,
  writingProblems,
  referenceProblems,
  schemaProblems,
  termProblems,
  type Problem,
} from './lib/content-rules.ts';

const root = process.env.HANDBOOK_CONTENT_DIR ?? join(process.cwd(), 'content');
const showWords = process.argv.includes('--words');
const LANGS = ['th', 'en'] as const;
const KINDS = { modules: ModuleSchema, sessions: SessionSchema, forms: FormSchema, pages: PageSchema } as const;

function list(lang: string, kind: string, ext: string): string[] {
  const dir = join(root, lang, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
}

const problems: Problem[] = [];
/** Parsed frontmatter and headings of every page, for checks across files. */
const parsedPages = new Map<string, { data: Record<string, unknown>; headings: Set<string>; body: string }>();
const slugs = {
  modules: new Set(list('th', 'modules', '.mdx')),
  sessions: new Set(list('th', 'sessions', '.mdx')),
  forms: new Set(list('th', 'forms', '.mdx')),
};
const glossaryIds = new Set(list('th', 'glossary', '.yaml'));
const index = loadContentIndex(root);
const rel = (p: string) => relative(process.cwd(), p);

for (const lang of LANGS) {
  for (const [kind, schema] of Object.entries(KINDS)) {
    for (const slug of list(lang, kind, '.mdx')) {
      const path = join(root, lang, kind, `${slug}.mdx`);
      const file = rel(path);
      let parsed;
      try {
        parsed = parseMdx(readFileSync(path, 'utf8'));
      } catch (error) {
        problems.push({ file, message: (error as Error).message });
        continue;
      }
      const { data, body, bodyStartLine, frontmatter } = parsed;
      const source = readFileSync(path, 'utf8');
      const fieldLines = Object.fromEntries(['sources'].map((k) => [k, lineOfKey(frontmatter, k) ?? 1]));
      problems.push(...pageTreeProblems(mdxToMdast(source) as unknown as Node, { file, lang, frontmatter: (data ?? {}) as Record<string, unknown>, fieldLines }, index));
      problems.push(...textProblems(file, source, lang, index));
      problems.push(
        ...schemaProblems(file, schema, data).map((p) => ({ ...p, line: p.field ? lineOfKey(frontmatter, p.field) : undefined })),
      );
      const fm = (data ?? {}) as Record<string, unknown>;
      parsedPages.set(`${lang}/${kind}/${slug}`, { data: fm, headings: headingTexts(body), body });
      if (kind === 'modules') problems.push(...referenceProblems(file, 'relatedSessions', fm['relatedSessions'], slugs.sessions, 'session'));
      if (kind === 'sessions') problems.push(...referenceProblems(file, 'relatedModules', fm['relatedModules'], slugs.modules, 'module'));
      problems.push(...termProblems(file, body, bodyStartLine, glossaryIds));
      problems.push(...writingProblems(file, body, bodyStartLine));
      if (lang === 'th' && 'translatedFrom' in fm) {
        problems.push({ file, line: lineOfKey(frontmatter, 'translatedFrom'), message: 'translatedFrom belongs in English files only (it records which Thai version they translate)' });
      }
      problems.push(...internalLinkProblems(file, body, bodyStartLine, slugs));
      if (/^#\s/m.test(body)) {
        const line = body.split('\n').findIndex((l) => /^#\s/.test(l));
        problems.push({ file, line: bodyStartLine + line, message: 'a "# " heading in the body: the title is the page heading; start sections with "## "' });
      }
      if (lang !== 'th' && !existsSync(join(root, 'th', kind, `${slug}.mdx`))) {
        problems.push({ file, message: `has no Thai original content/th/${kind}/${slug}.mdx; Thai is the source language` });
      }
      if (showWords && (kind === 'modules' || kind === 'sessions')) {
        console.log(`${file}: ${countWords(plainTextFromMdx(body), lang)} words`);
      }
    }
  }
  for (const id of list(lang, 'glossary', '.yaml')) {
    const path = join(root, lang, 'glossary', `${id}.yaml`);
    const file = rel(path);
    try {
      const text = readFileSync(path, 'utf8');
      const data = parseYaml(text);
      problems.push(...textProblems(file, text, lang, index));
      problems.push(...schemaProblems(file, GlossarySchema, data));
      problems.push(...referenceProblems(file, 'related', (data as Record<string, unknown> | null)?.['related'], slugs.modules, 'module'));
    } catch (error) {
      problems.push({ file, message: (error as Error).message });
    }
  }
}

// Quizzes: schema, sections that exist, and translations that ask the same questions.
const quizFiles = (lang: string) => [
  ...list(lang, 'modules', '.quiz.yaml').map((name) => ({ folder: 'modules', name, ownModule: name as string | undefined })),
  ...list(lang, 'quizzes', '.quiz.yaml').map((name) => ({ folder: 'quizzes', name, ownModule: undefined })),
];
const quizzes = new Map<string, unknown>();
for (const lang of LANGS) {
  for (const { folder, name, ownModule } of quizFiles(lang)) {
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
      if (folder === 'modules' && !slugs.modules.has(name)) {
        problems.push({ file, message: `there is no module "${name}" for this quiz; name it after a module file` });
        continue;
      }
      problems.push(
        ...quizSectionProblems(file, data as never, ownModule, (module) => parsedPages.get(`${lang}/modules/${module}`)?.headings),
      );
    } catch (error) {
      problems.push({ file, message: (error as Error).message });
    }
  }
}
for (const [key, data] of quizzes) {
  if (!key.startsWith('en/')) continue;
  const thai = quizzes.get(key.replace(/^en\//, 'th/'));
  const file = `content/${key}.quiz.yaml`;
  if (!thai) problems.push({ file, message: 'has no Thai original; Thai is the source language' });
  else problems.push(...quizTwinProblems(file, thai as never, data as never));
}
for (const slug of slugs.sessions) {
  const thai = parsedPages.get(`th/sessions/${slug}`);
  const english = parsedPages.get(`en/sessions/${slug}`);
  if (thai && english) problems.push(...sessionTwinProblems(`content/en/sessions/${slug}.mdx`, thai.data, english.data));
  for (const [lang, page] of [['th', thai], ['en', english]] as const) {
    if (!page) continue;
    const rows = Array.isArray(page.data['agenda']) ? page.data['agenda'].length : 0;
    problems.push(...slideProblems(`content/${lang}/sessions/${slug}.mdx`, page.body, rows, lang === 'en' ? thai?.body : undefined));
  }
}

// UI strings are read on every page: they must not talk about the handbook's research either.
for (const lang of LANGS) {
  const file = `src/i18n/${lang}.ts`;
  if (existsSync(file)) problems.push(...selfReferenceProblems(file, readFileSync(file, 'utf8')));
}

const missing: string[] = [];
for (const kind of [...Object.keys(KINDS), 'glossary']) {
  const ext = kind === 'glossary' ? '.yaml' : '.mdx';
  const en = new Set(list('en', kind, ext));
  for (const slug of list('th', kind, ext)) if (!en.has(slug)) missing.push(`content/en/${kind}/${slug}${ext}`);
}

for (const p of problems) console.error(formatProblem(p));
if (missing.length > 0) {
  console.log(`Not yet translated (served in Thai with a notice): ${missing.length}`);
  for (const m of missing) console.log(`  ${m}`);
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in content/. Fix them and run npm run check:content again.`);
  process.exit(1);
}
console.log(
  `content/ is valid: ${slugs.modules.size} modules, ${slugs.sessions.size} sessions, ${glossaryIds.size} glossary terms, ${slugs.forms.size} forms, ${quizzes.size} quizzes.`,
);
