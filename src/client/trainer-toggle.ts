import { readTrainerView, saveTrainerView } from '../lib/trainer-view.ts';
import { deviceStorage } from './device-storage.ts';

/** <hb-trainer-toggle>: shows or hides trainer notes and remembers the choice. */
class TrainerToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!button) return;
    const apply = (on: boolean, announce: boolean) => {
      document.documentElement.toggleAttribute('data-trainer-view', on);
      button.setAttribute('aria-pressed', String(on));
      if (announce && status) status.textContent = (on ? this.dataset['on'] : this.dataset['off']) ?? '';
    };
    apply(readTrainerView(deviceStorage()), false);
    button.disabled = false;
    button.removeAttribute('data-needs-script');
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      apply(on, true);
      saveTrainerView(deviceStorage(), on);
    });
  }
}

if (!customElements.get('hb-trainer-toggle')) customElements.define('hb-trainer-toggle', TrainerToggle);
