/** <hb-agenda-clock>: recomputes the agenda's clock times from the start time the trainer sets. */
import { agendaClockTimes, formatClock, parseClock } from '../lib/agenda.ts';
import { readItem, writeItem } from '../lib/safe-storage.ts';
import { deviceStorage } from './device-storage.ts';

class AgendaClock extends HTMLElement {
  connectedCallback(): void {
    const input = this.querySelector('input')!;
    const table = this.parentElement?.querySelector<HTMLTableElement>('table.agenda');
    if (!table) return;
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    const minutes = rows.map((row) => ({ minutes: Number(row.dataset['minutes'] ?? 0) }));
    const key = this.dataset['key'] ?? '';
    const apply = (start: string) => {
      let valid: string;
      try {
        valid = formatClock(parseClock(start));
      } catch {
        return;
      }
      agendaClockTimes(valid, minutes).forEach((time, i) => {
        const cell = rows[i]?.querySelector('td');
        if (cell) cell.textContent = time;
      });
      input.value = valid;
    };
    const saved = readItem(deviceStorage(), key);
    if (saved) apply(saved);
    this.removeAttribute('data-needs-script');
    input.disabled = false;
    input.addEventListener('change', () => {
      apply(input.value || (this.dataset['default'] ?? '09:00'));
      writeItem(deviceStorage(), key, input.value);
    });
  }
}

if (!customElements.get('hb-agenda-clock')) customElements.define('hb-agenda-clock', AgendaClock);
