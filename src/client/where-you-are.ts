/**
 * Where the reader is, on the home page and the module list, from what this device remembers:
 * <hb-continue> links back to the chapter and section last read (src/lib/last-place.ts);
 * <hb-module-badges> shows "read" and the best quiz score of a module (src/lib/module-badges.ts).
 */
import { readLastPlace, lastPlaceHref } from '../lib/last-place.ts';
import { isLang } from '../lib/locales.ts';
import { moduleBadges } from '../lib/module-badges.ts';
import { loadProgress, type Progress } from '../lib/quiz/progress-store.ts';
import { deviceStorage } from './device-storage.ts';

class Continue extends HTMLElement {
  connectedCallback(): void {
    const lang = this.dataset['lang'];
    if (!isLang(lang)) return;
    const place = readLastPlace(deviceStorage(), lang);
    if (!place) return;
    const home = this.dataset['home'] ?? '/';
    const link = this.querySelector<HTMLAnchorElement>('.continue-link')!;
    link.href = lastPlaceHref(place, (path) => `${home}${path.replace(/^\//, '')}`);
    this.querySelector('.continue-title')!.textContent = place.title;
    this.querySelector('.continue-section')!.textContent = place.section
      ? (this.dataset['section'] ?? '').replace('{section}', place.section.text)
      : '';
    this.hidden = false;
  }
}

// One reading of the progress record for all the badges of a page.
let progress: Progress | undefined;

class ModuleBadges extends HTMLElement {
  connectedCallback(): void {
    const lang = this.dataset['lang'];
    if (!isLang(lang)) return;
    progress ??= loadProgress(deviceStorage());
    const { read, score } = moduleBadges(progress, lang, this.dataset['module'] ?? '');
    const badge = (text: string, tone: string) => {
      const span = document.createElement('span');
      span.className = `rounded px-2 py-0.5 text-sm font-bold ${tone}`;
      span.textContent = text;
      return span;
    };
    const badges: HTMLElement[] = [];
    if (read) badges.push(badge(`✓ ${this.dataset['read'] ?? ''}`, 'bg-trainer-soft text-trainer'));
    if (score) {
      const text = (this.dataset['score'] ?? '').replace('{best}', String(score.best)).replace('{total}', String(score.total));
      badges.push(badge(text, 'bg-accent-soft text-accent-dark'));
    }
    this.replaceChildren(...badges);
    this.hidden = badges.length === 0;
  }
}

if (!customElements.get('hb-continue')) customElements.define('hb-continue', Continue);
if (!customElements.get('hb-module-badges')) customElements.define('hb-module-badges', ModuleBadges);
