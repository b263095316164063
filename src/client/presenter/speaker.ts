/**
 * <hb-speaker>: the speaker view. Shows the current and next slide and the notes, the time of
 * day, a stopwatch that can pause and be reset (kept on the device, so a reload keeps it), the
 * time left against the session's agenda, and keeps the audience window in step
 * (BroadcastChannel).
 */
import {
  clock,
  parseStopwatch,
  pauseStopwatch,
  resumeStopwatch,
  startStopwatch,
  stopwatchSeconds,
  timeLeft,
  timeOfDay,
  type Stopwatch,
} from '../../lib/presenter.ts';
import { readItem, writeItem } from '../../lib/safe-storage.ts';
import { deviceStorage } from '../device-storage.ts';
import { PresenterWindow, slideInAddress } from './slides.ts';

class Speaker extends PresenterWindow {
  private watch: Stopwatch = startStopwatch(Date.now());
  private minutes: number[] = [];

  connectedCallback(): void {
    try {
      this.minutes = JSON.parse(this.dataset['minutes'] ?? '[]') as number[];
    } catch {
      this.minutes = [];
    }
    const key = this.dataset['storage'] ?? '';
    this.watch = parseStopwatch(readItem(deviceStorage(), key), Date.now());
    const save = () => writeItem(deviceStorage(), key, JSON.stringify(this.watch));
    save();
    this.querySelector('.speaker-restart')?.addEventListener('click', () => {
      this.watch = this.watch.pausedAt === null ? startStopwatch(Date.now()) : { start: Date.now(), pausedAt: Date.now() };
      save();
      this.tick();
    });
    this.querySelector('.speaker-pause')?.addEventListener('click', () => {
      const now = Date.now();
      this.watch = this.watch.pausedAt === null ? pauseStopwatch(this.watch, now) : resumeStopwatch(this.watch, now);
      save();
      this.tick();
    });
    this.querySelector('.speaker-prev')?.addEventListener('click', () => this.go('prev'));
    this.querySelector('.speaker-next-btn')?.addEventListener('click', () => this.go('next'));
    this.findSlides();
    this.show(slideInAddress(this.slides.length), false);
    const channel = this.openChannel((message) => {
      if (message.type === 'goto') this.show(message.index, false);
    });
    // Ask the audience window where it is.
    channel.post({ type: 'hello' });
    this.tick();
    setInterval(() => this.tick(), 1000);
  }

  protected render(): void {
    const copy = (slide: HTMLElement | undefined) => {
      if (!slide) return [document.createTextNode(this.dataset['end'] ?? '')];
      const clone = slide.cloneNode(true) as HTMLElement;
      clone.querySelector('.slide-notes')?.remove();
      // The copies are for the speaker's eyes; their headings must not repeat in the outline.
      clone.querySelectorAll('h2').forEach((h) => {
        const p = document.createElement('p');
        p.className = h.className;
        p.textContent = h.textContent;
        h.replaceWith(p);
      });
      clone.removeAttribute('class');
      return [clone];
    };
    const current = this.slides[this.index];
    this.querySelector('.speaker-current')!.replaceChildren(...copy(current));
    this.querySelector('.speaker-next')!.replaceChildren(...copy(this.slides[this.index + 1]));
    this.querySelector('.speaker-notes')!.textContent = current?.querySelector('.slide-notes')?.textContent ?? '';
    this.querySelector('.speaker-counter')!.textContent = this.counterText();
    this.tick();
  }

  private tick(): void {
    const now = Date.now();
    const elapsed = stopwatchSeconds(this.watch, now);
    const paused = this.watch.pausedAt !== null;
    const row = Number(this.slides[this.index]?.dataset['agenda'] ?? 1) || 1;
    const left = timeLeft(elapsed, row, this.minutes);
    const over = this.dataset['over'] ?? '';
    const show = (s: number | undefined) => (s === undefined ? '—' : s < 0 ? `${clock(-s)} ${over}` : clock(s));
    const clockEl = this.querySelector<HTMLElement>('.speaker-clock');
    if (clockEl) clockEl.textContent = timeOfDay(new Date(now));
    this.querySelector('.speaker-elapsed')!.textContent = clock(elapsed);
    this.querySelector<HTMLElement>('.speaker-paused')!.hidden = !paused;
    const pause = this.querySelector<HTMLButtonElement>('.speaker-pause');
    if (pause) pause.textContent = (paused ? this.dataset['resume'] : this.dataset['pause']) ?? '';
    this.querySelector('.speaker-item')!.textContent = this.querySelectorAll('.speaker-agenda li')[row - 1]?.textContent ?? '';
    this.querySelector('.speaker-item-left')!.textContent = show(left.item);
    this.querySelector('.speaker-session-left')!.textContent = show(left.session);
    this.querySelectorAll('.speaker-agenda li').forEach((li, i) => li.classList.toggle('font-bold', i === row - 1));
  }
}

if (!customElements.get('hb-speaker')) customElements.define('hb-speaker', Speaker);
