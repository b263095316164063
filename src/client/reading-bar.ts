/**
 * <hb-reading-bar>: keeps a chapter's contents at hand while reading. The bar sticks to the top
 * of the screen (phones), shows the section being read, marks it in every contents list of the
 * page (the phone bar and the wide-screen sidebar) and closes its list after a choice, with
 * Escape or a tap elsewhere. It also remembers the reader's place on the device for "continue
 * where you left off" on the home page and the module list (src/lib/last-place.ts).
 */
import { saveLastPlace } from '../lib/last-place.ts';
import { isLang } from '../lib/locales.ts';
import { deviceStorage } from './device-storage.ts';

interface Part {
  slug: string;
  text: string;
  target: HTMLElement;
}

class ReadingBar extends HTMLElement {
  private parts: Part[] = [];
  private currentSlug: string | undefined = undefined;
  private frame = 0;
  private saveTimer = 0;

  connectedCallback(): void {
    this.toggleAttribute('data-sticky', true);
    const details = this.querySelector('details');
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"], .reading-toc-list a[href^="#"]')];
    const seen = new Set<string>();
    for (const link of links) {
      const slug = decodeURIComponent(link.hash.slice(1));
      const target = document.getElementById(slug);
      if (!target || seen.has(slug)) continue;
      seen.add(slug);
      this.parts.push({ slug, text: link.textContent?.trim() ?? '', target });
    }
    if (details) {
      details.addEventListener('click', (event) => {
        if ((event.target as Element).closest('a')) details.open = false;
      });
      details.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !details.open) return;
        details.open = false;
        details.querySelector('summary')?.focus();
      });
      document.addEventListener('click', (event) => {
        if (details.open && !details.contains(event.target as Node)) details.open = false;
      });
    }
    const onScroll = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.update());
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', () => this.save());
    this.update();
  }

  /**
   * The part being read: the last one whose heading has reached the top of the screen, below the
   * bar. A jump to a part puts its heading just under the bar (the page's scroll-padding plus the
   * heading's own margin), which counts as reached.
   */
  private update(): void {
    const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const line = Math.max(this.getBoundingClientRect().height, padding) + 32;
    let current: Part | undefined;
    for (const part of this.parts) {
      if (part.target.getBoundingClientRect().top <= line) current = part;
      else break;
    }
    if (current?.slug === this.currentSlug && this.saveTimer) return;
    this.currentSlug = current?.slug;
    const label = this.querySelector('.reading-current');
    if (label) label.textContent = current ? `· ${current.text}` : '';
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"], .reading-toc-list a[href^="#"]')) {
      if (current && decodeURIComponent(link.hash.slice(1)) === current.slug) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    // Storage is written at most once a second while scrolling, and when the page is left.
    clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.save(), 1000);
  }

  private save(): void {
    const lang = this.dataset['lang'];
    const path = this.dataset['path'];
    const title = document.querySelector('h1')?.textContent?.trim();
    if (!isLang(lang) || !path || !title) return;
    const current = this.parts.find((p) => p.slug === this.currentSlug);
    saveLastPlace(deviceStorage(), lang, {
      path,
      title,
      section: current ? { slug: current.slug, text: current.text } : undefined,
      at: new Date().toISOString(),
    });
  }
}

if (!customElements.get('hb-reading-bar')) customElements.define('hb-reading-bar', ReadingBar);
