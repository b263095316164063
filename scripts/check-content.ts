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
import { countWords } from '../src/lib/reading-time.ts';
import { plainTextFromMdx } from '../src/lib/reading-time.ts';
import { lineOfKey, parseMdx, parseYaml } from './lib/frontmatter.ts';
import {
  formatProblem,
  internalLinkProblems,
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
const slugs = {
  modules: new Set(list('th', 'modules', '.mdx')),
  sessions: new Set(list('th', 'sessions', '.mdx')),
  forms: new Set(list('th', 'forms', '.mdx')),
};
const glossaryIds = new Set(list('th', 'glossary', '.yaml'));
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
      problems.push(
        ...schemaProblems(file, schema, data).map((p) => ({ ...p, line: p.field ? lineOfKey(frontmatter, p.field) : undefined })),
      );
      const fm = (data ?? {}) as Record<string, unknown>;
      if (kind === 'modules') problems.push(...referenceProblems(file, 'relatedSessions', fm['relatedSessions'], slugs.sessions, 'session'));
      if (kind === 'sessions') problems.push(...referenceProblems(file, 'relatedModules', fm['relatedModules'], slugs.modules, 'module'));
      problems.push(...termProblems(file, body, bodyStartLine, glossaryIds));
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
      const data = parseYaml(readFileSync(path, 'utf8'));
      problems.push(...schemaProblems(file, GlossarySchema, data));
      problems.push(...referenceProblems(file, 'related', (data as Record<string, unknown> | null)?.['related'], slugs.modules, 'module'));
    } catch (error) {
      problems.push({ file, message: (error as Error).message });
    }
  }
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
console.log(`content/ is valid: ${slugs.modules.size} modules, ${slugs.sessions.size} sessions, ${glossaryIds.size} glossary terms, ${slugs.forms.size} forms.`);
