import { describe, expect, it } from 'vitest';
import { isCorrect, score, wrongIds } from '../../src/lib/quiz/grade.ts';
import { answerKey, flattenQuiz, QuizDataError, withoutChoiceHint } from '../../src/lib/quiz/questions.ts';
import { QuizSchema } from '../../src/schemas/quiz.ts';
import {
  emptyProgress,
  loadProgress,
  parseProgress,
  PROGRESS_KEY,
  recordQuiz,
  recordRead,
  saveProgress,
} from '../../src/lib/quiz/progress-store.ts';
import { brokenStorage, memoryStorage } from './fake-storage.ts';

describe('grading', () => {
  // Exactly the right options, in any order: [answer key, options chosen, right].
  it.each<[string, string[], boolean]>([
    ['1', ['1'], true],
    ['1', ['0'], false],
    ['0,2', ['2', '0'], true],
    ['0,2', ['0'], false],
    ['0,2', ['0', '1', '2'], false],
    ['0', [], false],
  ])('grades key %s with %j chosen as right: %s', (key, chosen, right) => {
    expect(isCorrect(key, chosen)).toBe(right);
  });
  it('scores answered questions and finds the wrong ones', () => {
    const keys = { a: '0', b: '1', c: '0,1' };
    const answers = { a: ['0'], b: ['0'] };
    expect(score(keys, answers)).toEqual({ right: 1, answered: 2, total: 3 });
    expect(wrongIds(keys, answers)).toEqual(['b']);
  });
});

const validQuiz = {
  questions: [
    { id: 'q1', type: 'single', prompt: 'P', options: [{ text: 'A' }, { text: 'B', correct: true }], explanation: 'E', section: 'Intro' },
    { id: 'q2', type: 'truefalse', prompt: 'T', answer: false, explanation: 'E', section: 'Intro' },
    {
      id: 's1',
      type: 'scenario',
      case: 'Case',
      questions: [
        {
          id: 's1-a',
          type: 'multiple',
          prompt: 'M',
          options: [{ text: 'x', correct: true }, { text: 'y', correct: true }, { text: 'z' }],
          explanation: 'E',
          section: 'Intro',
        },
      ],
    },
  ],
};

describe('quiz validation', () => {
  it('accepts a valid bank', () => {
    expect(QuizSchema.safeParse(validQuiz).success).toBe(true);
  });
  const messages = (data: unknown) => {
    const result = QuizSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };
  it('refuses a question with no right answer', () => {
    const broken = structuredClone(validQuiz);
    (broken.questions[0] as { options: Array<{ correct?: boolean }> }).options[1]!.correct = false;
    expect(messages(broken)).toContain('question "q1" has no right answer; mark one option with correct: true');
  });
  it('refuses two right answers in single choice, and duplicate ids', () => {
    const broken = structuredClone(validQuiz);
    (broken.questions[0] as { options: Array<{ correct?: boolean }> }).options[0]!.correct = true;
    (broken.questions[1] as { id: string }).id = 's1-a';
    const found = messages(broken).join('\n');
    expect(found).toMatch(/single choice but has 2 right answers/);
    expect(found).toMatch(/duplicate question id "s1-a"/);
  });
  it('refuses a true/false question without its answer', () => {
    const broken = structuredClone(validQuiz);
    delete (broken.questions[1] as { answer?: boolean }).answer;
    expect(messages(broken).join()).toMatch(/answer: true or answer: false/);
  });
});

describe('flattening', () => {
  const quiz = QuizSchema.parse(validQuiz);
  const labels = { true: 'จริง', false: 'ไม่จริง' };
  it('turns true/false into two options and keeps the scenario with its first question', () => {
    const views = flattenQuiz(quiz, { file: 'f.yaml', ownModule: 'm', labels, headingSlug: () => 'intro' });
    expect(views.map((v) => v.id)).toEqual(['q1', 'q2', 's1-a']);
    expect(views[1]?.options).toEqual([
      { text: 'จริง', correct: false },
      { text: 'ไม่จริง', correct: true },
    ]);
    expect(answerKey(views[1]!)).toBe('1');
    expect(answerKey(views[2]!)).toBe('0,1');
    expect(views[2]?.scenario).toEqual({ id: 's1', text: 'Case' });
    expect(views[0]?.teaches).toEqual({ module: 'm', slug: 'intro', heading: 'Intro' });
  });
  it('fails naming the file and question when the section is not a heading', () => {
    expect(() =>
      flattenQuiz(quiz, { file: 'content/th/modules/m.quiz.yaml', ownModule: 'm', labels, headingSlug: () => undefined }),
    ).toThrow(
      new QuizDataError(
        'content/th/modules/m.quiz.yaml: question "q1" links to section "Intro", which is not a heading of module "m". Copy the heading\'s text exactly.',
      ),
    );
  });
  it('groups the questions of a scenario so that a reordering keeps them together', () => {
    const views = flattenQuiz(quiz, { file: 'f.yaml', ownModule: 'm', labels, headingSlug: () => 'intro' });
    expect(views.map((v) => v.group)).toEqual(['q1', 'q2', 's1']);
  });
  it('says "choose all that apply" once: the hint an author wrote at the end of a prompt is dropped', () => {
    const prompts = {
      'ข้อใดถูก (เลือกได้มากกว่าหนึ่งข้อ)': 'ข้อใดถูก',
      'Which? (You may choose more than one answer.)': 'Which?',
      'Which? (Select all that apply.)': 'Which?',
      'Which? (choose all that apply)': 'Which?',
      'Which (of these) is right?': 'Which (of these) is right?',
    };
    for (const [prompt, shown] of Object.entries(prompts)) expect(withoutChoiceHint(prompt)).toBe(shown);
    const multi = QuizSchema.parse({
      questions: [
        {
          id: 'q1',
          type: 'multiple',
          prompt: 'ข้อใดถูก (เลือกได้มากกว่าหนึ่งข้อ)',
          options: [{ text: 'a', correct: true }, { text: 'b' }],
          explanation: 'E',
          section: 'S',
        },
      ],
    });
    expect(flattenQuiz(multi, { file: 'f', ownModule: 'm', labels, headingSlug: () => 's' })[0]?.prompt).toBe('ข้อใดถูก');
  });
  it("needs a module on questions of a quiz that is not a module's own", () => {
    expect(() => flattenQuiz(quiz, { file: 'w.yaml', labels, headingSlug: () => 'x' })).toThrow(/question "q1" needs module/);
  });
});

describe('progress storage', () => {
  const now = new Date('2026-11-26T10:00:00Z');
  it('saves and loads quiz answers, keeping the best score and the latest', () => {
    const storage = memoryStorage();
    let p = recordQuiz(emptyProgress(), 'th/m', { q1: ['1'] }, 3, 10, now);
    p = recordQuiz(p, 'th/m', { q1: ['0'] }, 1, 10, now);
    p = recordRead(p, 'm', now);
    expect(saveProgress(storage, p)).toBe(true);
    const loaded = loadProgress(storage);
    expect(loaded.quizzes['th/m']).toMatchObject({ answers: { q1: ['0'] }, last: 1, best: 3, total: 10 });
    expect(loaded.read['m']).toBe(now.toISOString());
  });
  it('starts empty on missing, broken, foreign or future data', () => {
    for (const raw of [undefined, '', '{oops', 'null', '[]', '{"v":2,"quizzes":{}}', '"text"']) {
      expect(parseProgress(raw)).toEqual(emptyProgress());
    }
  });
  it('drops only the broken parts of otherwise good data', () => {
    const raw = JSON.stringify({
      v: 1,
      quizzes: {
        'th/a': { answers: { q1: ['1'], q2: [3] }, best: 2, total: 5 },
        'th/b': { answers: 'x', best: 1, total: 1 },
        'th/c': { answers: {}, best: 9, total: 4 },
      },
      read: { a: '2026-01-01', b: 5 },
    });
    const p = parseProgress(raw);
    expect(Object.keys(p.quizzes).sort()).toEqual(['th/a', 'th/c']);
    expect(p.quizzes['th/a']?.answers).toEqual({ q1: ['1'] });
    expect(p.quizzes['th/c']?.best).toBe(4);
    expect(p.read).toEqual({ a: '2026-01-01' });
  });
  it('never throws when storage is blocked or full', () => {
    expect(loadProgress(brokenStorage)).toEqual(emptyProgress());
    expect(loadProgress(undefined)).toEqual(emptyProgress());
    expect(saveProgress(brokenStorage, emptyProgress())).toBe(false);
    expect(saveProgress(undefined, emptyProgress())).toBe(false);
    expect(PROGRESS_KEY).toBe('hb.progress');
  });
});
