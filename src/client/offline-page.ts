/**
 * <hb-offline-page>: on the offline page, which the service worker shows under the address that
 * was asked for, says why that address is not on the device, and offers to try again.
 */
import { missingReason } from '../lib/offline-reason.ts';

class OfflinePage extends HTMLElement {
  connectedCallback(): void {
    const reason = missingReason(window.location.pathname, this.dataset['base'] ?? '/', this.dataset['lang'] === 'en' ? 'en' : 'th');
    const note = this.querySelector<HTMLElement>(`.offline-reason[data-reason="${reason}"]`);
    if (note) {
      note.hidden = false;
      this.querySelector<HTMLElement>('.offline-reason-all')?.setAttribute('hidden', '');
    }
    const retry = this.querySelector<HTMLButtonElement>('.offline-retry');
    if (retry) {
      retry.removeAttribute('data-needs-script');
      retry.addEventListener('click', () => window.location.reload());
    }
  }
}

if (!customElements.get('hb-offline-page')) customElements.define('hb-offline-page', OfflinePage);
