/**
 * <hb-deck>: the audience window. One slide at a time, moved by keys (clickers send Page Up/Down),
 * clicks, swipes and the buttons; full screen; in step with the speaker view. The control bar is
 * the presenter's: it shows when the pointer moves or a control has focus, and hides after a few
 * idle seconds and when full screen starts. S opens the speaker view in a second window. Each
 * slide keeps the text size the build chose (data-fit) and, on a screen where it still does not
 * fit, takes the next smaller size.
 */
import { actionForSwipe, FIT_STEPS } from '../../lib/presenter.ts';
import { PresenterWindow, slideInAddress } from './slides.ts';

/** Idle time before the control bar hides (ms). */
const IDLE_MS = 2500;

class Deck extends PresenterWindow {
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const deck = this.querySelector<HTMLElement>('.deck');
    if (!deck) return;
    this.findSlides();
    deck.classList.add('deck-js');
    this.show(slideInAddress(this.slides.length), false);

    document.addEventListener('keydown', (event) => {
      if (event.key.toLowerCase() === 's' && !event.altKey && !event.ctrlKey && !event.metaKey) this.openSpeakerView();
    });
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
    this.watchIdle();
    window.addEventListener('resize', () => this.fit(this.slides[this.index]));
    this.openChannel((message) => {
      if (message.type === 'goto') this.show(message.index, false);
      else this.channel?.post({ type: 'goto', index: this.index });
    });
  }

  /** The bar shows on pointer movement and focus, hides when idle and when full screen starts. */
  private watchIdle(): void {
    const bar = this.querySelector<HTMLElement>('.deck-controls');
    if (!bar) return;
    const hide = () => {
      if (!bar.matches(':focus-within, :hover')) this.toggleAttribute('data-idle', true);
    };
    const wake = () => {
      this.toggleAttribute('data-idle', false);
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(hide, IDLE_MS);
    };
    document.addEventListener('pointermove', wake);
    bar.addEventListener('focusin', wake);
    bar.addEventListener('focusout', () => {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(hide, IDLE_MS);
    });
    document.addEventListener('fullscreenchange', () => {
      clearTimeout(this.idleTimer);
      if (document.fullscreenElement) this.toggleAttribute('data-idle', true);
      else wake();
    });
    wake();
  }

  private openSpeakerView(): void {
    window.open(`${this.dataset['speaker'] ?? ''}#${this.index + 1}`, 'hb-speaker', 'popup,width=1100,height=750');
  }

  /** Steps the slide's text down from the build's size while it overflows this screen. */
  private fit(slide: HTMLElement | undefined): void {
    if (!slide) return;
    const built = Number(slide.dataset['fit'] ?? 1);
    const overflows = () => slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1;
    slide.dataset['fit'] = String(built);
    for (const step of FIT_STEPS.filter((s) => s < built)) {
      if (!overflows()) return;
      slide.dataset['fit'] = String(step);
    }
  }

  protected render(): void {
    this.slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === this.index));
    this.fit(this.slides[this.index]);
    const counter = this.querySelector('.deck-counter');
    if (counter) counter.textContent = this.counterText();
  }
}

if (!customElements.get('hb-deck')) customElements.define('hb-deck', Deck);
