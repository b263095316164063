/**
 * Rules over the data of content files (frontmatter, quiz banks, glossary terms) and between
 * files (cross-references, translations that must match the Thai). Pure.
 */
import type { z } from 'astro/zod';
import { headingKey } from '../../lib/quiz/questions.ts';
import type { Problem } from '../problem.ts';

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

/** Slugs referenced in a frontmatter list field that do not exist. */
export function referenceProblems(file: string, field: string, value: unknown, known: ReadonlySet<string>, kind: string): Problem[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((slug): slug is string => typeof slug === 'string' && !known.has(slug))
    .map((slug) => ({ file, message: `field "${field}": "${slug}" is not a ${kind} slug. Use one of: ${[...known].sort().join(', ')}` }));
}

interface QuizLike {
  questions: Array<{
    id: string;
    type: string;
    section?: string;
    module?: string;
    questions?: QuizLike['questions'];
    answer?: boolean;
    options?: Array<{ correct?: boolean }>;
  }>;
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
      problems.push({
        file,
        message: `question "${q.id}": section "${q.section}" is not a ## or ### heading of ${module}. Copy the heading's text exactly`,
      });
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
      problems.push({
        file,
        message: `question ${i + 1} differs from the Thai quiz (Thai ${a[i] ?? 'none'}, here ${b[i] ?? 'none'}): same ids, types and right answers in the same order`,
      });
      break;
    }
  }
  return problems;
}

/** Session fields that must be identical in a translation (the timetable). */
export function sessionTwinProblems(file: string, thai: Record<string, unknown>, other: Record<string, unknown>): Problem[] {
  const pick = (d: Record<string, unknown>) =>
    JSON.stringify([
      d['day'],
      d['order'],
      d['start'],
      d['duration'],
      (d['agenda'] as Array<{ minutes?: number }> | undefined)?.map((a) => a.minutes),
    ]);
  return pick(thai) === pick(other)
    ? []
    : [
        {
          file,
          message:
            'day, order, start, duration or agenda minutes differ from the Thai session; the timetable must be the same in both languages',
        },
      ];
}

/** A translation cites the same sources in the same order as the Thai page, so the numbers match. */
export function sourcesTwinProblems(file: string, thai: Record<string, unknown>, other: Record<string, unknown>): Problem[] {
  const list = (d: Record<string, unknown>) => (Array.isArray(d['sources']) ? d['sources'].join(',') : '');
  return list(thai) === list(other)
    ? []
    : [
        {
          file,
          field: 'sources',
          message: `sources differ from the Thai page (Thai: ${list(thai) || 'none'}); list the same ids in the same order`,
        },
      ];
}
