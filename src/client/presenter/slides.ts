/**
 * What the audience deck and the speaker view share: the slides of the page, the slide number in
 * the address (#3), the keys that move them, and the typed channel that keeps the two windows on
 * the same slide; PresenterWindow puts these together for both.
 */
import { actionForKey, move, parsePresenterMessage, slideFromHash, type DeckAction, type PresenterMessage } from '../../lib/presenter.ts';
import { formatDate, isoDate } from '../../lib/format-date.ts';

export function slidesIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.deck .slide')];
}

export function slideInAddress(total: number): number {
  return slideFromHash(window.location.hash, total);
}

export function writeSlideToAddress(index: number): void {
  history.replaceState(null, '', `#${index + 1}`);
}

/** Calls `go` for the presentation keys (arrows, space, Page Up/Down from clickers, Home/End). */
export function onPresenterKeys(go: (action: DeckAction) => void): void {
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Space and Enter on a focused control press the control, not the deck.
    if ((event.target as HTMLElement).closest('button, a, input, summary') && (event.key === ' ' || event.key === 'Enter')) return;
    const action = actionForKey(event.key, event.shiftKey);
    if (!action) return;
    event.preventDefault();
    go(action);
  });
}

export interface PresenterChannel {
  post(message: PresenterMessage): void;
}

/** The channel between the windows of one session; a no-op where BroadcastChannel is missing. */
export function presenterChannel(name: string, receive: (message: PresenterMessage) => void): PresenterChannel {
  if (!('BroadcastChannel' in window)) return { post: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parsePresenterMessage(event.data);
    if (message) receive(message);
  };
  return { post: (message) => channel.postMessage(message) };
}

/** The title slide shows the date of the day it is presented (the build cannot know it). */
export function fillDeckDates(root: ParentNode, now = new Date()): void {
  // The date as the presenter's clock has it (formatDate reads calendar days in UTC).
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  for (const date of root.querySelectorAll<HTMLElement>('.deck-date')) {
    // A <time> once it has a date to hold (an empty one is not valid HTML).
    const time = document.createElement('time');
    time.className = date.className;
    time.dateTime = isoDate(today);
    time.textContent = formatDate(today, date.dataset['lang'] === 'en' ? 'en' : 'th');
    date.replaceWith(time);
  }
}

/**
 * A window of the presentation (the audience deck or the speaker view): its slides and the one
 * shown, moved by the presentation keys, kept in the address and in step with the other window.
 * A window draws the slide shown in render().
 */
export abstract class PresenterWindow extends HTMLElement {
  protected slides: HTMLElement[] = [];
  protected index = 0;
  protected channel: PresenterChannel | undefined;

  /** Finds the slides, dates the title slide and follows the presentation keys. */
  protected findSlides(): void {
    this.slides = slidesIn(this);
    fillDeckDates(this);
    onPresenterKeys((action) => this.go(action));
  }

  /** Opens the channel to the other window (data-channel); `receive` hears its messages. */
  protected openChannel(receive: (message: PresenterMessage) => void): PresenterChannel {
    this.channel = presenterChannel(this.dataset['channel'] ?? 'hb-present', receive);
    return this.channel;
  }

  /** "3 / 12" from data-counter ("{n} / {total}"). */
  protected counterText(): string {
    return (this.dataset['counter'] ?? '').replace('{n}', String(this.index + 1)).replace('{total}', String(this.slides.length));
  }

  protected go(action: DeckAction): void {
    this.show(move(this.index, action, this.slides.length), true);
  }

  /** Shows slide `index` (kept within the slides); `broadcast` tells the other window. */
  protected show(index: number, broadcast: boolean): void {
    this.index = Math.min(Math.max(0, index), Math.max(0, this.slides.length - 1));
    this.render();
    writeSlideToAddress(this.index);
    if (broadcast) this.channel?.post({ type: 'goto', index: this.index });
  }

  protected abstract render(): void;
}
