/**
 * <hb-test>: the workshop pre-test or post-test (TestForm.astro). Shows one of: the post-test's
 * lock (no pre-test yet), the participant code form, the test, or the result with its result card.
 * One attempt: once submitted, the answers are stored and every later visit shows the result.
 */
import {
  loadProgress,
  openPostTest,
  postTestOpen,
  recordTest,
  saveProgress,
  setParticipant,
  type Progress,
  type TestRecord,
} from '../lib/quiz/progress-store.ts';
import { encodeResult, grade, qrText, type QuestionShape, type TestPhase } from '../lib/learning/result-code.ts';
import { readParticipant } from '../lib/learning/participant.ts';
import { shuffledOrder } from '../lib/learning/test-order.ts';
import { opensPostTest } from '../lib/learning/open-code.ts';
import { deviceStorage } from './device-storage.ts';

/** Fills the {placeholders} a UI string was given to the page with. */
const fill = (template: string, values: object) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String((values as Record<string, unknown>)[name] ?? whole));

class TestPage extends HTMLElement {
  private phase: TestPhase = 'pre';
  private shape: QuestionShape[] = [];
  private items: HTMLLIElement[] = [];
  /** Set after a warning about blank questions: the next submit sends the test as it is. */
  private blankWarned = false;
  /** What this page holds when the device will not store it (private mode, storage full). */
  private unsaved: Progress | undefined;

  connectedCallback(): void {
    this.phase = this.dataset['phase'] === 'post' ? 'post' : 'pre';
    this.shape = JSON.parse(this.dataset['shape'] ?? '[]') as QuestionShape[];
    this.items = [...this.querySelectorAll<HTMLLIElement>('.test-questions > li')];
    this.el('.test-who').addEventListener('submit', (e) => this.saveWho(e));
    this.el('.test-form').addEventListener('submit', (e) => this.submit(e));
    this.el('.test-form').addEventListener('change', () => (this.blankWarned = false));
    this.querySelector('.who-edit')?.addEventListener('click', () => this.showWho());
    this.querySelector('.open-form')?.addEventListener('submit', (e) => this.open(e));
    this.render();
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private progress(): Progress {
    return this.unsaved ?? loadProgress(deviceStorage());
  }

  /** Saves; when the device refuses, the page keeps going on what it holds and says so. */
  private store(progress: Progress): void {
    const kept = saveProgress(deviceStorage(), progress);
    this.unsaved = kept ? undefined : progress;
    this.el('.test-unsaved').hidden = kept;
  }

  /** Shows the one part that fits what this device has stored. */
  private render(): void {
    const progress = this.progress();
    const done = progress.tests?.[this.phase];
    const locked = this.phase === 'post' && !done && !postTestOpen(progress);
    const show = (selector: string, on: boolean) => {
      const el = this.querySelector<HTMLElement>(selector);
      if (el) el.hidden = !on;
    };
    show('.test-locked', locked);
    show('.test-who', !done && !locked && !progress.participant);
    show('.test-form', !done && !locked && Boolean(progress.participant));
    show('.test-result', Boolean(done));
    if (done) this.showResult(progress, done);
    else if (!locked && progress.participant) this.prepareTest(progress);
  }

  private showWho(): void {
    const who = this.progress().participant;
    const form = this.el<HTMLFormElement>('.test-who');
    if (who) {
      (form.elements.namedItem('team') as HTMLInputElement).value = String(who.team);
      (form.elements.namedItem('seat') as HTMLInputElement).value = String(who.seat);
      (form.elements.namedItem('name') as HTMLInputElement).value = who.name;
    }
    this.el('.test-form').hidden = true;
    form.hidden = false;
    form.querySelector('input')?.focus();
  }

  private saveWho(event: Event): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const read = readParticipant(value('team'), value('seat'), value('name'));
    const error = form.querySelector('.who-error')!;
    for (const name of ['team', 'seat']) (form.elements.namedItem(name) as HTMLInputElement).removeAttribute('aria-invalid');
    if (!read.ok) {
      const input = form.elements.namedItem(read.problem) as HTMLInputElement;
      input.setAttribute('aria-invalid', 'true');
      error.textContent = (read.problem === 'team' ? this.dataset['teamProblem'] : this.dataset['seatProblem']) ?? '';
      input.focus();
      return;
    }
    error.textContent = '';
    this.store(setParticipant(this.progress(), read.participant));
    this.render();
    this.el('.test-form').querySelector('input')?.focus();
  }

  /** Puts the questions in this participant's order and numbers them as shown. */
  private prepareTest(progress: Progress): void {
    const who = progress.participant!;
    this.el('.who-line').textContent = fill(this.dataset['youAre'] ?? '', who) + (who.name ? ` · ${who.name}` : '');
    // The participant code is part of every result code: it can change only before the first test.
    (this.querySelector('.who-edit') as HTMLElement).hidden = Boolean(progress.tests?.pre || progress.tests?.post);
    const groups: HTMLLIElement[][] = [];
    for (const li of this.items) {
      const last = groups[groups.length - 1];
      if (last && last[0]?.dataset['group'] === li.dataset['group']) last.push(li);
      else groups.push([li]);
    }
    const order = this.phase === 'post' ? shuffledOrder(groups.length, `${who.team}-${who.seat}`) : groups.map((_, i) => i);
    const list = this.el('.test-questions');
    list.replaceChildren(...order.flatMap((i) => groups[i] ?? []));
    [...list.querySelectorAll('.q-number')].forEach((n, i) => (n.textContent = `${fill(this.dataset['question'] ?? '', { n: i + 1 })}.`));
  }

  private chosen(): Record<string, number[]> {
    const answers: Record<string, number[]> = {};
    for (const q of this.querySelectorAll<HTMLFieldSetElement>('fieldset.test-q')) {
      answers[q.dataset['id'] ?? ''] = [...q.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value));
    }
    return answers;
  }

  private submit(event: Event): void {
    event.preventDefault();
    const answers = this.chosen();
    const fieldsets = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset.test-q')];
    const blank = fieldsets.filter((q) => (answers[q.dataset['id'] ?? ''] ?? []).length === 0);
    const message = this.el('.test-message');
    if (blank.length > 0 && !this.blankWarned) {
      this.blankWarned = true;
      const list = blank.map((q) => q.querySelector('.q-number')?.textContent?.replace(/\.$/, '') ?? '').join(', ');
      message.textContent = fill(this.dataset['unanswered'] ?? '', { list });
      blank[0]?.querySelector('input')?.focus();
      return;
    }
    message.textContent = '';
    const right = grade(
      this.shape,
      this.shape.map((q) => answers[q.id] ?? []),
    ).right;
    const record: TestRecord = { answers, right, total: this.shape.length, submitted: new Date().toISOString() };
    const saved = recordTest(this.progress(), this.phase, record);
    this.store(saved);
    this.el('.test-form').hidden = true;
    const result = this.el('.test-result');
    result.hidden = false;
    this.showResult(saved, saved.tests?.[this.phase] ?? record);
    result.focus();
  }

  private showResult(progress: Progress, record: TestRecord): void {
    const locale = this.dataset['lang'] === 'en' ? 'en-GB' : 'th-TH-u-ca-buddhist';
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(record.submitted));
    const score = fill(this.dataset['score'] ?? '', { right: record.right, total: record.total });
    this.el('.result-score').textContent = score;
    this.el('.result-date').textContent = fill(this.dataset['submittedOn'] ?? '', { date });
    if (this.phase === 'post') this.showComparison(progress, record);
    const who = progress.participant;
    this.el('.card-score').textContent = score;
    if (!who) {
      this.el('.card-qr-failed').hidden = false;
      return;
    }
    this.el('.card-who').textContent = fill(this.dataset['youAre'] ?? '', who) + (who.name ? ` · ${who.name}` : '');
    void this.showCard(record, who);
  }

  private showComparison(progress: Progress, record: TestRecord): void {
    const pre = progress.tests?.pre;
    const change = this.el('.result-change');
    change.hidden = !pre;
    this.el('.result-no-pre').hidden = Boolean(pre);
    if (pre) {
      const diff = record.right - pre.right;
      change.textContent = fill(this.dataset['change'] ?? '', {
        change: `${diff > 0 ? '+' : ''}${diff}`,
        pre: pre.right,
        total: pre.total,
      });
    }
    const marks = grade(
      this.shape,
      this.shape.map((q) => record.answers[q.id] ?? []),
    ).perQuestion;
    const rightById = new Map(this.shape.map((q, i) => [q.id, marks[i] ?? false]));
    for (const row of this.querySelectorAll<HTMLElement>('tr[data-module]')) {
      const ids = [...row.querySelectorAll<HTMLElement>('li[data-questions]')].flatMap((li) => li.dataset['questions']?.split(' ') ?? []);
      const right = ids.filter((id) => rightById.get(id)).length;
      row.querySelector('.topic-score')!.textContent = fill(this.dataset['topicScore'] ?? '', { right, total: ids.length });
      for (const li of row.querySelectorAll<HTMLElement>('li[data-questions]')) {
        li.hidden = (li.dataset['questions']?.split(' ') ?? []).every((id) => rightById.get(id));
      }
      (row.querySelector('.topic-all-right') as HTMLElement).hidden = right < ids.length;
    }
  }

  private async showCard(record: TestRecord, who: { team: number; seat: number; name: string }): Promise<void> {
    const failed = this.el('.card-qr-failed');
    try {
      const code = encodeResult(
        { phase: this.phase, team: who.team, seat: who.seat, answers: this.shape.map((q) => record.answers[q.id] ?? []) },
        this.shape,
      );
      this.el('.card-code').textContent = code;
      const { qrSvg } = await import('./qr-svg.ts');
      this.el('.card-qr').replaceChildren(qrSvg(qrText(code, who.name), fill(this.dataset['qrAlt'] ?? '', who)));
      failed.hidden = true;
    } catch {
      // A stored answer that no longer fits the test, or the QR maker not loading offline.
      failed.hidden = false;
    }
  }

  private open(event: Event): void {
    event.preventDefault();
    const input = this.el<HTMLInputElement>('#test-open-code');
    if (!opensPostTest(input.value, new Date())) {
      this.el('.open-error').textContent = this.dataset['openWrong'] ?? '';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    this.store(openPostTest(this.progress(), new Date()));
    this.render();
    (this.querySelector('.test-who:not([hidden]) input, .test-form:not([hidden]) input') as HTMLElement | null)?.focus();
  }
}

if (!customElements.get('hb-test')) customElements.define('hb-test', TestPage);
