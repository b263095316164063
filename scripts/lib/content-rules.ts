/**
 * Content rules checked before the build, each returning problems with file, line or field,
 * and what to do. Pure: the CLI (scripts/check-content.ts) reads the files and prints.
 */
import type { z } from 'astro/zod';

export interface Problem {
  file: string;
  /** 1-based line, when the rule knows it. */
  line?: number | undefined;
  /** The top-level frontmatter field the problem is in, when there is one. */
  field?: string | undefined;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}

/** Schema errors as problems, one per field: "field sources.0.url: expected a full web address…". */
export function schemaProblems(file: string, schema: z.ZodType, data: unknown): Problem[] {
  const result = schema.safeParse(data ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the authors' guide`
        : issue.message;
    const top = issue.path[0];
    return { file, field: typeof top === 'string' ? top : undefined, message: `field "${field}": ${message}` };
  });
}

/** Every <Term id="…"> must name a glossary file. */
export function termProblems(file: string, body: string, bodyStartLine: number, glossaryIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  body.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(/<Term\s+id=["']([^"']+)["']/g)) {
      const id = match[1] ?? '';
      if (!glossaryIds.has(id)) {
        problems.push({
          file,
          line: bodyStartLine + i,
          message: `<Term id="${id}">: no glossary term "${id}". Use an existing id or add content/th/glossary/${id}.yaml and content/en/glossary/${id}.yaml`,
        });
      }
    }
  });
  return problems;
}

/** Markdown links to /modules/<slug>/ or /sessions/<slug>/ (optionally under /en/) must exist. */
export function internalLinkProblems(
  file: string,
  body: string,
  bodyStartLine: number,
  slugs: { modules: ReadonlySet<string>; sessions: ReadonlySet<string>; forms: ReadonlySet<string> },
): Problem[] {
  const problems: Problem[] = [];
  body.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(/\]\((\/(?:en\/)?(modules|sessions|forms)\/([^/)#]+)\/?[^)]*)\)/g)) {
      const [, href, kind, slug] = match;
      if (!slugs[kind as 'modules' | 'sessions' | 'forms'].has(slug ?? '')) {
        problems.push({
          file,
          line: bodyStartLine + i,
          message: `link ${href}: there is no ${kind} page "${slug}". Fix the link or add content/th/${kind}/${slug}.mdx`,
        });
      }
    }
  });
  return problems;
}

/** Slugs referenced in a frontmatter list field that do not exist. */
export function referenceProblems(
  file: string,
  field: string,
  value: unknown,
  known: ReadonlySet<string>,
  kind: string,
): Problem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((slug): slug is string => typeof slug === 'string' && !known.has(slug))
    .map((slug) => ({ file, message: `field "${field}": "${slug}" is not a ${kind} slug. Use one of: ${[...known].sort().join(', ')}` }));
}
