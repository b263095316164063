/**
 * <hb-deck>: one slide at a time, moved by keys (arrows, space, Page Up/Down from clickers,
 * Home/End), clicks, swipes and the buttons; full screen; in step with the speaker view.
 */
import { actionForKey, actionForSwipe, move, type DeckAction } from '../lib/presenter.ts';

interface DeckMessage {
  type: 'goto' | 'hello';
  index?: number;
}

class Deck extends HTMLElement {
  private slides: HTMLElement[] = [];
  private index = 0;
  private channel: BroadcastChannel | undefined;

  connectedCallback(): void {
    const deck = this.querySelector<HTMLElement>('.deck')!;
    this.slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
    deck.classList.add('deck-js');
    const fromHash = Number(window.location.hash.slice(1));
    this.show(Number.isInteger(fromHash) && fromHash > 0 ? fromHash - 1 : 0, false);

    document.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement).closest('button, a, input')) {
        if (event.key === ' ' || event.key === 'Enter') return;
      }
      const action = actionForKey(event.key, event.shiftKey);
      if (!action) return;
      event.preventDefault();
      this.go(action);
    });
    deck.addEventListener('click', () => this.go('next'));
    let startX = 0;
    let startY = 0;
    deck.addEventListener('touchstart', (e) => {
      startX = e.touches[0]?.clientX ?? 0;
      startY = e.touches[0]?.clientY ?? 0;
    }, { passive: true });
    deck.addEventListener('touchend', (e) => {
      const action = actionForSwipe((e.changedTouches[0]?.clientX ?? 0) - startX, (e.changedTouches[0]?.clientY ?? 0) - startY);
      if (action) this.go(action);
    });
    this.querySelector('.deck-prev')?.addEventListener('click', () => this.go('prev'));
    this.querySelector('.deck-next')?.addEventListener('click', () => this.go('next'));
    this.querySelector('.deck-fullscreen')?.addEventListener('click', () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    });
    this.querySelector('.deck-speaker')?.addEventListener('click', () => {
      window.open(`${this.dataset['speaker'] ?? ''}#${this.index + 1}`, 'hb-speaker', 'popup,width=1100,height=750');
    });
    if ('BroadcastChannel' in window) {
      this.channel = new BroadcastChannel(this.dataset['channel'] ?? 'hb-present');
      this.channel.onmessage = (event: MessageEvent<DeckMessage>) => {
        if (event.data.type === 'goto' && typeof event.data.index === 'number') this.show(event.data.index, false);
        if (event.data.type === 'hello') this.channel?.postMessage({ type: 'goto', index: this.index });
      };
    }
  }

  private go(action: DeckAction): void {
    this.show(move(this.index, action, this.slides.length), true);
  }

  private show(index: number, broadcast: boolean): void {
    this.index = Math.min(Math.max(0, index), Math.max(0, this.slides.length - 1));
    this.slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === this.index));
    const counter = this.querySelector('.deck-counter');
    if (counter) {
      counter.textContent = (this.dataset['counter'] ?? '').replace('{n}', String(this.index + 1)).replace('{total}', String(this.slides.length));
    }
    history.replaceState(null, '', `#${this.index + 1}`);
    if (broadcast) this.channel?.postMessage({ type: 'goto', index: this.index });
  }
}

if (!customElements.get('hb-deck')) customElements.define('hb-deck', Deck);
