/**
 * <hb-progress>: fills the progress tables from what this device has stored: modules read to the
 * end, the best score of each module quiz, and the workshop tests as submitted (one attempt each).
 */
import { loadProgress } from '../lib/quiz/progress-store.ts';
import { deviceStorage } from './device-storage.ts';

class ProgressPage extends HTMLElement {
  connectedCallback(): void {
    const lang = this.dataset['lang'] ?? 'th';
    const progress = loadProgress(deviceStorage());
    const scoreOf = (key: string) => {
      const quiz = progress.quizzes[`${lang}/${key}`];
      return quiz && Object.keys(quiz.answers).length > 0 ? quiz : undefined;
    };
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-module]')) {
      const slug = row.dataset['module'] ?? '';
      row.querySelector('[data-cell="read"]')!.textContent = progress.read[slug] ? (this.dataset['yes'] ?? '') : (this.dataset['no'] ?? '');
      const quiz = scoreOf(slug);
      row.querySelector('[data-cell="best"]')!.textContent = quiz ? `${quiz.best} / ${quiz.total}` : (this.dataset['notYet'] ?? '');
    }
    const { pre, post } = progress.tests ?? {};
    const cell = (name: string) => this.querySelector(`[data-test="${name}"]`)!;
    cell('pre').textContent = pre ? `${pre.right} / ${pre.total}` : (this.dataset['notYet'] ?? '');
    cell('post').textContent = post ? `${post.right} / ${post.total}` : (this.dataset['notYet'] ?? '');
    if (pre && post) {
      const change = post.right - pre.right;
      cell('change').textContent = `${change > 0 ? '+' : ''}${change}`;
    }
  }
}

if (!customElements.get('hb-progress')) customElements.define('hb-progress', ProgressPage);
