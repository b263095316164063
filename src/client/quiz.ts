/**
 * <hb-quiz>: a module's practice quiz. A wrong answer is first only called wrong, with another try
 * and a "show the answer" button; the second wrong try, or the button, shows the right answer and
 * its explanation and marks every option. A question answered right or shown is closed until
 * "retry the wrong ones" or "start again". Answers, tries and score are saved on the device.
 * The markup (Quiz.astro) already holds every answer key and explanation, so this stays small.
 */
import { isCorrect, score, wrongIds } from '../lib/quiz/grade.ts';
import { loadProgress, recordQuiz, saveProgress, type Progress } from '../lib/quiz/progress-store.ts';
import { deviceStorage } from './device-storage.ts';

/** Wrong checks after which the answer is shown without asking. */
const TRIES = 2;

class Quiz extends HTMLElement {
  private answers: Record<string, string[]> = {};
  private tries: Record<string, number> = {};
  private shown = new Set<string>();
  private keys: Record<string, string> = {};

  connectedCallback(): void {
    const saved = loadProgress(deviceStorage()).quizzes[this.dataset['key'] ?? ''];
    this.answers = { ...saved?.answers };
    this.tries = { ...saved?.tries };
    this.shown = new Set(saved?.shown ?? []);
    for (const q of this.questions()) {
      const id = q.dataset['id'] ?? '';
      this.keys[id] = q.dataset['answer'] ?? '';
      (q.querySelector('.quiz-answer') as HTMLElement).hidden = true;
      const check = q.querySelector<HTMLButtonElement>('.quiz-check')!;
      check.hidden = false;
      check.addEventListener('click', () => this.check(q));
      q.querySelector('.quiz-reveal')!.addEventListener('click', () => {
        this.shown.add(id);
        this.show(q, true);
        this.update(true);
      });
      const chosen = this.answers[id];
      if (chosen?.length) {
        for (const input of this.inputs(q)) input.checked = chosen.includes(input.value);
        this.show(q, false);
      }
    }
    this.querySelector('.quiz-retry')?.addEventListener('click', () => this.clear(wrongIds(this.keys, this.answers)));
    this.querySelector('.quiz-reset')?.addEventListener('click', () => this.clear(Object.keys(this.keys)));
    this.update(false);
  }

  private questions(): HTMLFieldSetElement[] {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset.quiz-q')];
  }

  private inputs(q: HTMLElement): HTMLInputElement[] {
    return [...q.querySelectorAll<HTMLInputElement>('input')];
  }

  /** A reader's press of "Check answer". */
  private check(q: HTMLFieldSetElement): void {
    const id = q.dataset['id'] ?? '';
    const chosen = this.inputs(q)
      .filter((i) => i.checked)
      .map((i) => i.value);
    if (chosen.length === 0) {
      q.querySelector('.quiz-feedback')!.textContent = this.dataset['pick'] ?? '';
      return;
    }
    this.answers[id] = chosen;
    if (!isCorrect(this.keys[id] ?? '', chosen)) {
      this.tries[id] = (this.tries[id] ?? 0) + 1;
      if (this.tries[id] >= TRIES) this.shown.add(id);
    }
    this.show(q, true);
    this.update(true);
  }

  /** Shows a question's state: right, shown (answer and marks) or "try again"; `fresh` moves focus. */
  private show(q: HTMLFieldSetElement, fresh: boolean): void {
    const id = q.dataset['id'] ?? '';
    const chosen = this.answers[id] ?? [];
    const right = chosen.length > 0 && isCorrect(this.keys[id] ?? '', chosen);
    const closed = right || this.shown.has(id);
    const feedback = q.querySelector<HTMLElement>('.quiz-feedback')!;
    const verdict = document.createElement('p');
    verdict.className = `font-bold ${right ? 'text-trainer' : 'text-warn'}`;
    const reveal = q.querySelector<HTMLButtonElement>('.quiz-reveal')!;
    if (closed) {
      verdict.textContent = (right ? this.dataset['right'] : this.dataset['wrong']) ?? '';
      feedback.replaceChildren(verdict, q.querySelector('.answer-body')!.cloneNode(true));
      this.mark(q, chosen);
    } else {
      verdict.textContent = (q.dataset['kind'] === 'multiple' ? this.dataset['tryAgainMany'] : this.dataset['tryAgain']) ?? '';
      feedback.replaceChildren(verdict);
    }
    reveal.hidden = closed || chosen.length === 0;
    q.querySelector<HTMLButtonElement>('.quiz-check')!.hidden = closed;
    for (const input of this.inputs(q)) input.disabled = closed;
    q.dataset['result'] = closed ? (right ? 'right' : 'wrong') : 'retry';
    // The buttons just pressed may have gone: keep the keyboard where the news is.
    if (fresh && closed) feedback.focus();
  }

  /** Marks every option: right and chosen, right and missed, wrong and chosen. */
  private mark(q: HTMLFieldSetElement, chosen: readonly string[]): void {
    const key = (q.dataset['answer'] ?? '').split(',');
    for (const input of this.inputs(q)) {
      const label = input.closest('label')!;
      label.querySelector('.quiz-mark')?.remove();
      const isKey = key.includes(input.value);
      const picked = chosen.includes(input.value);
      const text = isKey ? (picked ? this.dataset['markRight'] : this.dataset['markMissed']) : picked ? this.dataset['markWrong'] : '';
      if (!text) continue;
      const mark = document.createElement('span');
      mark.className = `quiz-mark basis-full pl-8 text-sm font-bold ${isKey ? 'text-trainer' : 'text-warn'}`;
      mark.textContent = text;
      label.append(mark);
    }
  }

  private clear(ids: string[]): void {
    for (const q of this.questions()) {
      const id = q.dataset['id'] ?? '';
      if (!ids.includes(id)) continue;
      delete this.answers[id];
      delete this.tries[id];
      this.shown.delete(id);
      delete q.dataset['result'];
      for (const input of this.inputs(q)) {
        input.checked = false;
        input.disabled = false;
        input.closest('label')?.querySelector('.quiz-mark')?.remove();
      }
      q.querySelector('.quiz-feedback')!.textContent = '';
      q.querySelector<HTMLButtonElement>('.quiz-check')!.hidden = false;
      q.querySelector<HTMLButtonElement>('.quiz-reveal')!.hidden = true;
    }
    this.update(true);
    this.questions()
      .find((q) => ids.includes(q.dataset['id'] ?? ''))
      ?.querySelector('input')
      ?.focus();
  }

  /** Refreshes the score line and, after a change, saves. */
  private update(save: boolean): void {
    const s = score(this.keys, this.answers);
    const summary = this.querySelector<HTMLElement>('.quiz-summary')!;
    summary.hidden = s.answered === 0;
    this.querySelector('.quiz-score')!.textContent = (this.dataset['score'] ?? '')
      .replace('{right}', String(s.right))
      .replace('{total}', String(s.total))
      .replace('{answered}', String(s.answered));
    if (!save) return;
    const key = this.dataset['key'] ?? '';
    const state = { tries: this.tries, shown: [...this.shown] };
    this.save(recordQuiz(loadProgress(deviceStorage()), key, this.answers, s.right, s.total, new Date(), state));
  }

  private save(progress: Progress): void {
    if (saveProgress(deviceStorage(), progress)) return;
    const note = this.querySelector<HTMLElement>('.quiz-unsaved')!;
    note.textContent = this.querySelector('template.quiz-unsaved-text')?.innerHTML ?? '';
    note.classList.remove('hidden');
  }
}

if (!customElements.get('hb-quiz')) customElements.define('hb-quiz', Quiz);
