/**
 * Content rules checked before the build, each returning problems with file, line or field,
 * and what to do. Pure: the CLI (scripts/check-content.ts) reads the files and prints.
 */
import type { z } from 'astro/zod';
import { headingKey } from '../../src/lib/quiz/questions.ts';

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

/** The text of the ## and ### headings of an MDX body (what quiz `section` fields name). */
export function headingTexts(body: string): Set<string> {
  return new Set(
    [...body.matchAll(/^#{2,3}\s+(.+?)\s*$/gm)].map((m) => headingKey((m[1] ?? '').replace(/\*\*|__|`/g, ''))),
  );
}

interface QuizLike {
  questions: Array<{ id: string; type: string; section?: string; module?: string; questions?: QuizLike['questions']; answer?: boolean; options?: Array<{ correct?: boolean }> }>;
}

/** Flattens a parsed quiz into its simple questions (scenario sub-questions included). */
function simpleQuestions(quiz: QuizLike): QuizLike['questions'] {
  return quiz.questions.flatMap((q) => (q.type === 'scenario' ? (q.questions ?? []) : [q]));
}

/** Every quiz question's section must be a heading of the module that teaches it. */
export function quizSectionProblems(
  file: string,
  quiz: QuizLike,
  ownModule: string | undefined,
  headingsOf: (module: string) => Set<string> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const q of simpleQuestions(quiz)) {
    const module = q.module ?? ownModule;
    if (!module) {
      problems.push({ file, message: `question "${q.id}": add module: <slug>, the module that teaches it` });
      continue;
    }
    const headings = headingsOf(module);
    if (!headings) problems.push({ file, message: `question "${q.id}": module "${module}" does not exist` });
    else if (q.section && !headings.has(headingKey(q.section))) {
      problems.push({ file, message: `question "${q.id}": section "${q.section}" is not a ## or ### heading of ${module}. Copy the heading's text exactly` });
    }
  }
  return problems;
}

/** A translated quiz must ask the same questions with the same right answers as the Thai one. */
export function quizTwinProblems(file: string, thai: QuizLike, other: QuizLike): Problem[] {
  const shape = (quiz: QuizLike) =>
    simpleQuestions(quiz).map((q) => `${q.id}:${q.type}:${q.answer ?? ''}:${(q.options ?? []).map((o) => (o.correct ? 1 : 0)).join('')}`);
  const a = shape(thai);
  const b = shape(other);
  const problems: Problem[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) {
      problems.push({ file, message: `question ${i + 1} differs from the Thai quiz (Thai ${a[i] ?? 'none'}, here ${b[i] ?? 'none'}): same ids, types and right answers in the same order` });
      break;
    }
  }
  return problems;
}

/** Session fields that must be identical in a translation (the timetable). */
export function sessionTwinProblems(file: string, thai: Record<string, unknown>, other: Record<string, unknown>): Problem[] {
  const pick = (d: Record<string, unknown>) =>
    JSON.stringify([d['day'], d['order'], d['start'], d['duration'], (d['agenda'] as Array<{ minutes?: number }> | undefined)?.map((a) => a.minutes)]);
  return pick(thai) === pick(other)
    ? []
    : [{ file, message: 'day, order, start, duration or agenda minutes differ from the Thai session; the timetable must be the same in both languages' }];
}

/** The agenda numbers of a body's <Slide> blocks, in order ("1,2,2,3"). */
export function slideAgendas(body: string): string {
  return [...body.matchAll(/<Slide\b[^>]*?agenda=\{(\d+)\}/g)].map((m) => m[1]).join(',');
}

/** Slides must point at real agenda rows, never go back, and match the Thai slides in a translation. */
export function slideProblems(file: string, body: string, agendaLength: number, thaiBody?: string): Problem[] {
  const problems: Problem[] = [];
  const numbers = slideAgendas(body).split(',').filter(Boolean).map(Number);
  numbers.forEach((n, i) => {
    if (n < 1 || n > agendaLength) problems.push({ file, message: `slide ${i + 1} has agenda={${n}}, but the agenda has ${agendaLength} rows` });
    else if (i > 0 && n < (numbers[i - 1] ?? 0)) problems.push({ file, message: `slide ${i + 1} goes back to agenda row ${n}; slides follow the agenda in order` });
  });
  const slides = (body.match(/<Slide\b/g) ?? []).length;
  if (slides !== numbers.length) problems.push({ file, message: 'every <Slide> needs agenda={n}: the agenda row it belongs to' });
  if (thaiBody !== undefined && slideAgendas(thaiBody) !== slideAgendas(body)) {
    problems.push({ file, message: `slides differ from the Thai session (Thai agenda rows ${slideAgendas(thaiBody) || 'none'}, here ${slideAgendas(body) || 'none'}); translate the same slides` });
  }
  return problems;
}

/** Link texts that say nothing about where they go (WCAG 2.4.4). Compared whole, case-insensitively. */
const VAGUE_LINK_TEXT = ['click here', 'here', 'read more', 'more', 'link', 'this link', 'คลิก', 'คลิกที่นี่', 'ที่นี่', 'อ่านต่อ', 'อ่านเพิ่มเติม', 'ลิงก์', 'ลิงก์นี้'];

/**
 * Writing rules for a page body: headings go down one level at a time (## then ###, never ## then
 * ####), links say where they go, and images have alt text.
 */
export function writingProblems(file: string, body: string, bodyStartLine: number): Problem[] {
  const problems: Problem[] = [];
  let previous = 1; // the page title is the h1
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    const line = bodyStartLine + i;
    if (/^```/.test(text)) inFence = !inFence;
    if (inFence) return;
    const heading = /^(#{1,6})\s/.exec(text);
    if (heading) {
      const level = heading[1]?.length ?? 2;
      if (level > previous + 1) {
        problems.push({ file, line, message: `heading level ${level} follows level ${previous}; go down one level at a time (## then ###)` });
      }
      previous = level;
    }
    for (const m of text.matchAll(/(?<!!)\[([^\]]*)\]\([^)]+\)/g)) {
      const label = (m[1] ?? '').trim().toLowerCase();
      if (label === '' || VAGUE_LINK_TEXT.includes(label)) {
        problems.push({ file, line, message: `link text "${m[1]}" does not say where it goes; name the page or document instead` });
      }
    }
    for (const m of text.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)) {
      if (!(m[1] ?? '').trim()) problems.push({ file, line, message: `image ${m[2]} has no alt text; write ![what the picture shows](${m[2]})` });
    }
  });
  return problems;
}
