/**
 * <hb-glossary-filter>: filters the glossary page's terms as the reader types (src/lib/glossary-index.ts
 * decides what matches), hides letters left empty in the list and the index, says how many terms
 * are shown and why, and offers a search of the whole handbook when nothing matches.
 */
import { filterTerms } from '../lib/glossary-index.ts';

const fill = (template: string | undefined, values: Record<string, string | number>) =>
  Object.entries(values).reduce((text, [k, v]) => text.replaceAll(`{${k}}`, String(v)), template ?? '');

class GlossaryFilter extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input');
    if (!input) return;
    this.querySelector('[data-needs-script]')?.removeAttribute('data-needs-script');
    const elements = [...document.querySelectorAll<HTMLElement>('.glossary .glossary-entry')];
    const terms = elements.map((element) => ({
      names: [element.querySelector('dt')?.textContent ?? ''],
      definition: element.querySelector('.glossary-definition')?.textContent ?? '',
    }));
    const groups = [...document.querySelectorAll<HTMLElement>('.glossary .glossary-group')];
    const letters = [...document.querySelectorAll<HTMLElement>('.glossary-index li[data-letter]')];
    const count = this.querySelector<HTMLElement>('.glossary-filter-count')!;
    const none = this.querySelector<HTMLElement>('.glossary-filter-none')!;
    const search = this.querySelector<HTMLAnchorElement>('.glossary-filter-search')!;

    const apply = () => {
      const query = input.value.trim();
      const { shown, by } = filterTerms(terms, query);
      elements.forEach((element, i) => (element.hidden = !shown[i]));
      const empty = new Set<string>();
      for (const group of groups) {
        const visible = group.querySelector('.glossary-entry:not([hidden])') !== null;
        group.hidden = !visible;
        if (!visible) empty.add(group.dataset['letter'] ?? '');
      }
      for (const letter of letters) letter.hidden = empty.has(letter.dataset['letter'] ?? '');
      const n = shown.filter(Boolean).length;
      const values = { n, total: terms.length, query };
      const message = { all: '', name: this.dataset['count'], definition: this.dataset['byDefinition'], none: this.dataset['none'] }[by];
      count.textContent = fill(message, values);
      none.hidden = by !== 'none';
      if (by === 'none') {
        search.textContent = fill(this.dataset['searchLabel'], values);
        search.href = `${this.dataset['search'] ?? ''}?q=${encodeURIComponent(query)}`;
      }
    };
    input.addEventListener('input', apply);
    // A value the browser restored (back button) filters at once.
    if (input.value) apply();
  }
}

if (!customElements.get('hb-glossary-filter')) customElements.define('hb-glossary-filter', GlossaryFilter);
