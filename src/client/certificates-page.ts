/**
 * <hb-certificates>: one certificate of completion per participant whose post-test is in the
 * class kept on this device and who has a name in the class table; says who was left out for
 * want of a name. The page's print style makes each an A4 landscape sheet.
 */
import { parseClass, readClass } from '../lib/learning/class-store.ts';
import { completed } from '../lib/learning/class-stats.ts';
import { certificateDate } from '../lib/learning/certificate-date.ts';
import { localDay } from '../lib/learning/open-code.ts';
import type { QuestionShape } from '../lib/learning/result-code.ts';
import { readItem } from '../lib/safe-storage.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';
import { deviceStorage } from './device-storage.ts';

/** Fills the {placeholders} a UI string was given to the page with. */
const fill = (template: string, values: object) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String((values as Record<string, unknown>)[name] ?? whole));

class Certificates extends HTMLElement {
  connectedCallback(): void {
    const lang = this.dataset['lang'] === 'en' ? 'en' : 'th';
    const shape = JSON.parse(this.dataset['shape'] ?? '[]') as QuestionShape[];
    const { data } = parseClass(readItem(deviceStorage(), STORAGE_KEYS.classResults));
    const done = completed(readClass(data, shape).participants);
    const named = done.filter((p) => p.name);
    const unnamed = done.filter((p) => !p.name);
    const template = this.querySelector<HTMLTemplateElement>('template.cert-template')!;
    const programme = data.settings.programme[lang] ?? this.dataset['programme'] ?? '';
    const date = fill(this.dataset['given'] ?? '', { date: certificateDate(data.settings.date ?? localDay(new Date()), lang) });
    const sheets = named.map((p) => {
      const sheet = template.content.cloneNode(true) as DocumentFragment;
      sheet.querySelector('.cert-name')!.textContent = p.name;
      sheet.querySelector('.cert-programme')!.textContent = programme;
      sheet.querySelector('.cert-date')!.textContent = date;
      return sheet;
    });
    this.querySelector('.certificates')!.replaceChildren(...sheets);
    if (named.length > 0) this.querySelector('.cert-summary')!.textContent = fill(this.dataset['count'] ?? '', { n: named.length });
    const missing = this.querySelector<HTMLElement>('.cert-missing')!;
    missing.hidden = unnamed.length === 0;
    missing.textContent = fill(this.dataset['noName'] ?? '', {
      n: unnamed.length,
      list: unnamed.map((p) => fill(this.dataset['who'] ?? '', p)).join(', '),
    });
    const print = this.querySelector<HTMLButtonElement>('.cert-print')!;
    print.disabled = named.length === 0;
    print.removeAttribute('data-needs-script');
    print.addEventListener('click', () => window.print());
  }
}

if (!customElements.get('hb-certificates')) customElements.define('hb-certificates', Certificates);
