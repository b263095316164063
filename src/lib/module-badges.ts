/**
 * What the module cards show about a reader's progress: read or not, and the best quiz score.
 * The one place outside the quiz code that reads the progress record (src/lib/quiz/progress-store.ts
 * owns its shape and how "read" is decided), so a change there is adapted here only. Pure.
 */
import type { Progress } from './quiz/progress-store.ts';
import type { Lang } from './locales.ts';

export interface ModuleBadges {
  read: boolean;
  /** Best score on this module's quiz, when the reader has answered at least one question. */
  score?: { best: number; total: number } | undefined;
}

export function moduleBadges(progress: Progress, lang: Lang, slug: string): ModuleBadges {
  const quiz = progress.quizzes[`${lang}/${slug}`];
  const answered = quiz && Object.keys(quiz.answers).length > 0;
  return { read: Boolean(progress.read[slug]), score: answered ? { best: quiz.best, total: quiz.total } : undefined };
}
