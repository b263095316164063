/**
 * <hb-read-mark>: sits at the end of a module's text. When it comes into view, the reader has
 * reached the end, and the module counts as read (opening a module is not reading it).
 */
import { loadProgress, recordRead, saveProgress } from '../lib/quiz/progress-store.ts';
import { deviceStorage } from './device-storage.ts';

class ReadMark extends HTMLElement {
  private observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    const slug = this.dataset['slug'];
    if (!slug || !('IntersectionObserver' in window) || loadProgress(deviceStorage()).read[slug]) return;
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.observer?.disconnect();
      saveProgress(deviceStorage(), recordRead(loadProgress(deviceStorage()), slug, new Date()));
    });
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
  }
}

if (!customElements.get('hb-read-mark')) customElements.define('hb-read-mark', ReadMark);
