import { z } from 'astro/zod';
import { TranslatedFrom } from './translated-from.ts';
import { SlugSchema, TextSchema } from './primitives.ts';

/**
 * Quiz banks: content/<lang>/modules/<slug>.quiz.yaml (the module's quiz) and
 * content/<lang>/quizzes/workshop.quiz.yaml (the workshop pre-test and post-test).
 * Each question names the section of a module that teaches it by the heading's text.
 */

const OptionSchema = z
  .object({
    /** The answer option as shown. */
    text: TextSchema,
    /** True for a right answer. */
    correct: z.boolean().default(false),
  })
  .strict();

const QuestionId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id of lower-case letters, digits and hyphens, like "q1"' });

/** Where the answer is taught: a module (defaults to the quiz's own module) and a heading's text. */
const TeachesSchema = {
  /** Slug of the module that teaches the answer; a module's own quiz may leave it out. */
  module: SlugSchema.optional(),
  /** The exact text of the heading (## or ###) of the section that teaches the answer. */
  section: TextSchema,
};

const ChoiceQuestionSchema = z
  .object({
    id: QuestionId,
    /** single: one right answer (radio buttons); multiple: one or more (checkboxes). */
    type: z.enum(['single', 'multiple']),
    prompt: TextSchema,
    options: z.array(OptionSchema).min(2, { error: 'needs at least two options' }),
    /** Why the right answer is right; shown after checking. */
    explanation: TextSchema,
    ...TeachesSchema,
  })
  .strict()
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length;
    if (right === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `question "${q.id}" has no right answer; mark one option with correct: true`,
      });
    if (q.type === 'single' && right > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `question "${q.id}" is single choice but has ${right} right answers; use type: multiple or mark one`,
      });
    }
  });

const TrueFalseQuestionSchema = z
  .object({
    id: QuestionId,
    type: z.literal('truefalse'),
    /** A statement the reader judges true or false. */
    prompt: TextSchema,
    /** Whether the statement is true. */
    answer: z.boolean({ error: 'a true/false question needs answer: true or answer: false' }),
    explanation: TextSchema,
    ...TeachesSchema,
  })
  .strict();

export const SimpleQuestionSchema = z.discriminatedUnion('type', [ChoiceQuestionSchema, TrueFalseQuestionSchema], {
  error: 'type must be single, multiple or truefalse',
});

const ScenarioSchema = z
  .object({
    id: QuestionId,
    type: z.literal('scenario'),
    /** A short case (clearly illustrative, invented names) that the questions refer to. */
    case: TextSchema,
    questions: z.array(SimpleQuestionSchema).min(1, { error: 'a scenario needs at least one question' }),
  })
  .strict();

export const QuizItemSchema = z.discriminatedUnion('type', [ScenarioSchema, ChoiceQuestionSchema, TrueFalseQuestionSchema], {
  error: 'type must be single, multiple, truefalse or scenario',
});

export const QuizSchema = z
  .object({
    /** English files only: the hash of the Thai version this translates (npm run i18n:stamp). */
    translatedFrom: TranslatedFrom,
    /** Optional title; module quizzes are titled by their module. */
    title: TextSchema.optional(),
    questions: z.array(QuizItemSchema).min(1, { error: 'a quiz needs at least one question' }),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    for (const item of quiz.questions) {
      const ids = item.type === 'scenario' ? [item.id, ...item.questions.map((q) => q.id)] : [item.id];
      for (const id of ids) {
        if (seen.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['questions'],
            message: `duplicate question id "${id}"; every id in a quiz must be different`,
          });
        seen.add(id);
      }
    }
  });

export type Quiz = z.output<typeof QuizSchema>;
export type QuizItem = z.output<typeof QuizItemSchema>;
export type SimpleQuestion = z.output<typeof SimpleQuestionSchema>;
