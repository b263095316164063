/**
 * The workshop test (content/<lang>/quizzes/workshop.quiz.yaml) as the pre-test, the post-test and
 * the class results page need it. A result code carries answers by question and option position,
 * and a trainer collects codes from Thai and English pages alike: so both languages must ask the
 * same questions in the same order with the same options and answers, and the build stops,
 * naming the question, when they do not.
 */
import { getQuiz } from './handbook.ts';
import { fingerprint, shapeOf, type QuestionShape } from '../lib/learning/result-code.ts';
import { LANGS, type Lang } from '../lib/locales.ts';
import type { QuestionView } from '../lib/quiz/questions.ts';

export interface WorkshopTest {
  questions: QuestionView[];
  contentLang: Lang;
  shape: QuestionShape[];
}

export async function getWorkshopTest(lang: Lang): Promise<WorkshopTest> {
  const quizzes = await Promise.all(LANGS.map(async (l) => ({ lang: l, quiz: await getQuiz(l, 'workshop') })));
  const shapes = quizzes.map(({ lang: l, quiz }) => {
    if (!quiz) throw new Error('Missing content/th/quizzes/workshop.quiz.yaml: the workshop pre-test and post-test.');
    return { lang: l, contentLang: quiz.contentLang, shape: shapeOf(quiz.questions) };
  });
  const [first, ...others] = shapes;
  for (const other of others) {
    if (!first || fingerprint(other.shape) === fingerprint(first.shape)) continue;
    const at = other.shape.findIndex((q, i) => JSON.stringify(q) !== JSON.stringify(first.shape[i]));
    const id = other.shape[at]?.id ?? first.shape[at]?.id ?? `number ${at + 1}`;
    throw new Error(
      `content/${other.contentLang}/quizzes/workshop.quiz.yaml differs from content/${first.contentLang}/quizzes/workshop.quiz.yaml at question "${id}": ` +
        'the workshop test must have the same questions in the same order, with the same number of options and the same right answers, in every language, so that results from Thai and English pages can be compared.',
    );
  }
  const own = quizzes.find((q) => q.lang === lang)?.quiz;
  if (!own) throw new Error('Missing content/th/quizzes/workshop.quiz.yaml: the workshop pre-test and post-test.');
  return { questions: own.questions, contentLang: own.contentLang, shape: shapeOf(own.questions) };
}
