/**
 * <hb-deck>: the audience window. One slide at a time, moved by keys (clickers send Page Up/Down),
 * clicks, swipes and the buttons; full screen; in step with the speaker view.
 */
import { actionForSwipe, move, type DeckAction } from '../../lib/presenter.ts';
import { onPresenterKeys, presenterChannel, slideInAddress, slidesIn, writeSlideToAddress, type PresenterChannel } from './slides.ts';

class Deck extends HTMLElement {
  private slides: HTMLElement[] = [];
  private index = 0;
  private channel: PresenterChannel | undefined;

  connectedCallback(): void {
    const deck = this.querySelector<HTMLElement>('.deck');
    if (!deck) return;
    this.slides = slidesIn(this);
    deck.classList.add('deck-js');
    this.show(slideInAddress(this.slides.length), false);

    onPresenterKeys((action) => this.go(action));
    deck.addEventListener('click', () => this.go('next'));
    let startX = 0;
    let startY = 0;
    deck.addEventListener(
      'touchstart',
      (e) => {
        startX = e.touches[0]?.clientX ?? 0;
        startY = e.touches[0]?.clientY ?? 0;
      },
      { passive: true },
    );
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
    this.channel = presenterChannel(this.dataset['channel'] ?? 'hb-present', (message) => {
      if (message.type === 'goto') this.show(message.index, false);
      else this.channel?.post({ type: 'goto', index: this.index });
    });
  }

  private go(action: DeckAction): void {
    this.show(move(this.index, action, this.slides.length), true);
  }

  private show(index: number, broadcast: boolean): void {
    this.index = Math.min(Math.max(0, index), Math.max(0, this.slides.length - 1));
    this.slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === this.index));
    const counter = this.querySelector('.deck-counter');
    if (counter)
      counter.textContent = (this.dataset['counter'] ?? '')
        .replace('{n}', String(this.index + 1))
        .replace('{total}', String(this.slides.length));
    writeSlideToAddress(this.index);
    if (broadcast) this.channel?.post({ type: 'goto', index: this.index });
  }
}

if (!customElements.get('hb-deck')) customElements.define('hb-deck', Deck);
