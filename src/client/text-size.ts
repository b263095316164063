/** <hb-text-size>: applies the chosen text size to the page and remembers it on the device. */
import { parseTextSize, readTextSize, saveTextSize } from '../lib/text-size.ts';
import { deviceStorage } from './device-storage.ts';

class TextSizeControl extends HTMLElement {
  connectedCallback(): void {
    const current = readTextSize(deviceStorage());
    for (const input of this.querySelectorAll<HTMLInputElement>('input[name="text-size"]')) {
      input.checked = input.value === current;
      input.addEventListener('change', () => {
        if (!input.checked) return;
        const size = parseTextSize(input.value);
        if (size === 'normal') document.documentElement.removeAttribute('data-text-size');
        else document.documentElement.setAttribute('data-text-size', size);
        // The page changes even where the device cannot remember it (storage blocked).
        saveTextSize(deviceStorage(), size);
      });
    }
    this.querySelector('[data-needs-script]')?.removeAttribute('data-needs-script');
  }
}

if (!customElements.get('hb-text-size')) customElements.define('hb-text-size', TextSizeControl);
