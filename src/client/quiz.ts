/**
 * <hb-quiz>: checks answers, announces feedback, keeps a score and saves progress on the device.
 * The markup (Quiz.astro) already holds every question, answer key and explanation; this script
 * only adds behaviour, so it stays small.
 */
import { isCorrect, score, wrongIds } from '../lib/quiz/grade.ts';
import { loadProgress, recordQuiz, recordRead, saveProgress } from '../lib/quiz/progress-store.ts';
import { deviceStorage } from './device-storage.ts';

class Quiz extends HTMLElement {
  private answers: Record<string, string[]> = {};
  private keys: Record<string, string> = {};

  connectedCallback(): void {
    const key = this.dataset['key'] ?? '';
    const progress = loadProgress(deviceStorage());
    this.answers = { ...(progress.quizzes[key]?.answers ?? {}) };
    for (const q of this.questions()) {
      const id = q.dataset['id'] ?? '';
      this.keys[id] = q.dataset['answer'] ?? '';
      (q.querySelector('.quiz-answer') as HTMLElement).hidden = true;
      const check = q.querySelector<HTMLButtonElement>('.quiz-check')!;
      check.hidden = false;
      check.addEventListener('click', () => this.check(q, true));
      const saved = this.answers[id];
      if (saved?.length) {
        for (const input of this.inputs(q)) input.checked = saved.includes(input.value);
        this.check(q, false);
      }
    }
    this.querySelector('.quiz-retry')?.addEventListener('click', () => this.clear(wrongIds(this.keys, this.answers)));
    this.querySelector('.quiz-reset')?.addEventListener('click', () => this.clear(Object.keys(this.keys)));
    const read = this.dataset['read'];
    if (read) this.save(recordRead(progress, read, new Date()));
    this.update(false);
  }

  private questions(): HTMLFieldSetElement[] {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset.quiz-q')];
  }

  private inputs(q: HTMLElement): HTMLInputElement[] {
    return [...q.querySelectorAll<HTMLInputElement>('input')];
  }

  /** Grades one question; `fresh` is a reader's press of the button (announce and save). */
  private check(q: HTMLFieldSetElement, fresh: boolean): void {
    const id = q.dataset['id'] ?? '';
    const chosen = this.inputs(q)
      .filter((i) => i.checked)
      .map((i) => i.value);
    const feedback = q.querySelector('.quiz-feedback')!;
    if (chosen.length === 0) {
      feedback.textContent = this.dataset['pick'] ?? '';
      return;
    }
    const right = isCorrect(this.keys[id] ?? '', chosen);
    const verdict = document.createElement('p');
    verdict.className = `font-bold ${right ? 'text-trainer' : 'text-warn'}`;
    verdict.textContent = (right ? this.dataset['right'] : this.dataset['wrong']) ?? '';
    const body = q.querySelector('.answer-body')!.cloneNode(true);
    feedback.replaceChildren(verdict, body);
    q.dataset['result'] = right ? 'right' : 'wrong';
    if (fresh) {
      this.answers[id] = chosen;
      this.update(true);
    }
  }

  private clear(ids: string[]): void {
    for (const q of this.questions()) {
      const id = q.dataset['id'] ?? '';
      if (!ids.includes(id)) continue;
      delete this.answers[id];
      delete q.dataset['result'];
      for (const input of this.inputs(q)) input.checked = false;
      q.querySelector('.quiz-feedback')!.textContent = '';
    }
    this.update(true);
    this.questions()
      .find((q) => ids.includes(q.dataset['id'] ?? ''))
      ?.querySelector('input')
      ?.focus();
  }

  /** Refreshes the score line and, after a change, saves the answers. */
  private update(save: boolean): void {
    const s = score(this.keys, this.answers);
    const summary = this.querySelector<HTMLElement>('.quiz-summary')!;
    summary.hidden = s.answered === 0;
    this.querySelector('.quiz-score')!.textContent = (this.dataset['score'] ?? '')
      .replace('{right}', String(s.right))
      .replace('{total}', String(s.total))
      .replace('{answered}', String(s.answered));
    if (save) {
      const key = this.dataset['key'] ?? '';
      this.save(recordQuiz(loadProgress(deviceStorage()), key, this.answers, s.right, s.total, new Date()));
    }
  }

  private save(progress: ReturnType<typeof loadProgress>): void {
    if (saveProgress(deviceStorage(), progress)) return;
    const note = this.querySelector<HTMLElement>('.quiz-unsaved')!;
    note.textContent = this.querySelector('template.quiz-unsaved-text')?.innerHTML ?? '';
    note.classList.remove('hidden');
  }
}

if (!customElements.get('hb-quiz')) customElements.define('hb-quiz', Quiz);
