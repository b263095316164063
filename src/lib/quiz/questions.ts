/**
 * Turns a validated quiz bank into the flat list of questions a page renders and a script
 * grades. True/false questions become two-option single-choice questions; scenario questions
 * carry their case. Pure: the caller supplies the heading lookup that resolves `section`.
 */
import type { Quiz, SimpleQuestion } from '../../schemas/quiz.ts';

export interface QuestionOption {
  text: string;
  correct: boolean;
}

export interface QuestionView {
  id: string;
  /** single → radio buttons; multiple → checkboxes. */
  kind: 'single' | 'multiple';
  prompt: string;
  options: QuestionOption[];
  explanation: string;
  /** The case text of the scenario this question belongs to, on its first question only. */
  scenario?: { id: string; text: string } | undefined;
  /** The scenario id for every question of a scenario, else the question's own id: what moves together when questions are reordered. */
  group: string;
  /** Link back to the section that teaches the answer. */
  teaches: { module: string; slug: string; heading: string };
}

/** Looks up a heading's id (slug) in a module by the heading's text; undefined when missing. */
export type HeadingLookup = (module: string, headingText: string) => string | undefined;

export class QuizDataError extends Error {}

export function flattenQuiz(
  quiz: Quiz,
  options: { file: string; ownModule?: string | undefined; labels: { true: string; false: string }; headingSlug: HeadingLookup },
): QuestionView[] {
  const views: QuestionView[] = [];
  const add = (q: SimpleQuestion, group: string, scenario?: { id: string; text: string }) => {
    const module = q.module ?? options.ownModule;
    if (!module) {
      throw new QuizDataError(`${options.file}: question "${q.id}" needs module: <slug> (the module that teaches it).`);
    }
    const slug = options.headingSlug(module, q.section);
    if (slug === undefined) {
      throw new QuizDataError(
        `${options.file}: question "${q.id}" links to section "${q.section}", which is not a heading of module "${module}". Copy the heading's text exactly.`,
      );
    }
    const prompt = q.type === 'multiple' ? withoutChoiceHint(q.prompt) : q.prompt;
    const base = { id: q.id, prompt, explanation: q.explanation, scenario, group, teaches: { module, slug, heading: q.section } };
    if (q.type === 'truefalse') {
      views.push({
        ...base,
        kind: 'single',
        options: [
          { text: options.labels.true, correct: q.answer },
          { text: options.labels.false, correct: !q.answer },
        ],
      });
    } else {
      views.push({ ...base, kind: q.type, options: q.options.map((o) => ({ text: o.text, correct: o.correct })) });
    }
  };
  for (const item of quiz.questions) {
    if (item.type === 'scenario') {
      item.questions.forEach((q, i) => add(q, item.id, i === 0 ? { id: item.id, text: item.case } : undefined));
    } else {
      add(item, item.id);
    }
  }
  return views;
}

/**
 * A multiple-choice prompt without the "(choose all that apply)" its author wrote at its end: every
 * page that shows a question already says how to answer it, once.
 */
export function withoutChoiceHint(prompt: string): string {
  return prompt.replace(
    /\s*\((?:เลือกได้มากกว่า\s*1\s*ข้อ|เลือกได้มากกว่าหนึ่งข้อ|เลือกได้หลายข้อ|ตอบได้มากกว่าหนึ่งข้อ|you may choose more than one answer|select all that apply|choose all that apply|choose one or more)\.?\)\s*$/i,
    '',
  );
}

/** The indexes of the right options, as the page writes them into data-answer ("1,3"). */
export function answerKey(question: Pick<QuestionView, 'options'>): string {
  return question.options.flatMap((o, i) => (o.correct ? [String(i)] : [])).join(',');
}

/**
 * A heading's text in comparable form. The Markdown processor turns straight quotes into
 * curly ones and "..." into "…", so an author's copy of a heading still matches the page.
 */
export function headingKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/…/g, '...')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of a question's right answer(s), as every answer key shows it. */
export function rightAnswerText(question: Pick<QuestionView, 'options'>): string {
  return question.options
    .filter((o) => o.correct)
    .map((o) => o.text)
    .join(' · ');
}
