/**
 * <hb-zone>: the zone committee's table. Each chosen file is read and checked whole before
 * anything is stored (src/lib/field-kit/bundle.ts); its records are merged with those already
 * here (the later edit of a record wins, so order and repeats do not matter) and stored in one
 * transaction. A refused file gets a message that says why, and changes nothing.
 */
import { filterRows, sortRows, zoneCsv, zoneRow, type FormSpec, type ZoneRow } from '../../lib/field-kit/summary.ts';
import { mergeRecords } from '../../lib/field-kit/merge.ts';
import { formatDateValue } from '../../lib/field-kit/dates.ts';
import type { FieldRecord } from '../../lib/field-kit/record.ts';
import { FieldKitElement } from './element.ts';
import { formatMoment } from './strings.ts';
import { saveFile } from '../save-file.ts';

interface ZoneSpec {
  site?: FormSpec;
  others: Array<{ slug: string; title: string }>;
}

class Zone extends FieldKitElement {
  private spec: ZoneSpec = { others: [] };
  private records = new Map<string, FieldRecord>();
  private rows: ZoneRow[] = [];

  protected override prepare(): void {
    try {
      this.spec = JSON.parse(document.getElementById('fk-zone-spec')?.textContent ?? '{}') as ZoneSpec;
    } catch {
      // Without its spec the page can still import; the table stays empty.
    }
    this.querySelector('.zone-noscript')?.remove();
    for (const el of this.querySelectorAll('[data-needs-script]')) el.removeAttribute('data-needs-script');
    const input = this.fileInput();
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.value = '';
      void this.importFiles(files);
    });
    for (const select of this.querySelectorAll('select')) select.addEventListener('change', () => this.render());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zone-action]'))
      button.addEventListener('click', () => void this.action(button.dataset['zoneAction'] ?? ''));
  }

  protected override noStore(): void {
    this.message(this.t('fieldKit.client.noStorage'), true);
    this.fileInput().disabled = true;
  }

  protected override async begin(): Promise<void> {
    this.records = await this.store!.zoneRecords();
    this.render();
  }

  private fileInput(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('.zone-file')!;
  }

  private message(text: string, refused: boolean): void {
    const item = document.createElement('li');
    item.textContent = text;
    if (refused) item.className = 'zone-refused';
    this.querySelector('.zone-messages')?.append(item);
  }

  /** Files one after another, so two files holding the same record merge the same way in any order. */
  private async importFiles(files: File[]): Promise<void> {
    const { unpackBundle } = await import('../../lib/field-kit/bundle.ts');
    this.querySelector('.zone-messages')?.replaceChildren();
    for (const file of files) {
      const unpacked = unpackBundle(new Uint8Array(await file.arrayBuffer()));
      const name = file.name;
      if (!unpacked.ok) {
        const key =
          unpacked.reason === 'newer'
            ? 'fieldKit.client.importNewer'
            : unpacked.reason === 'foreign'
              ? 'fieldKit.client.importForeign'
              : 'fieldKit.client.importDamaged';
        this.message(this.t(key, { file: name }), true);
        continue;
      }
      const merged = mergeRecords(this.records, unpacked.records);
      const changed = unpacked.records.filter((r) => merged.records.get(r.id) === r && this.records.get(r.id) !== r);
      const outcome = changed.length > 0 ? await this.store!.putZoneRecords(changed) : { ok: true as const };
      if (!outcome.ok) {
        this.message(
          outcome.reason === 'full'
            ? this.t('fieldKit.client.importFull', { file: name })
            : this.t('fieldKit.client.notSaved', { reason: outcome.detail }),
          true,
        );
        continue;
      }
      this.records = merged.records;
      this.message(
        this.t('fieldKit.client.imported', {
          file: name,
          n: unpacked.records.length,
          added: merged.added,
          updated: merged.updated,
          same: merged.same,
        }),
        false,
      );
    }
    this.render();
  }

  private filter(): { result: string; team: string } {
    const value = (name: string) => this.querySelector<HTMLSelectElement>(`[data-zone-filter="${name}"]`)?.value ?? '';
    return { result: value('result'), team: value('team') };
  }

  private render(): void {
    const site = this.spec.site;
    const all = site
      ? sortRows([...this.records.values()].filter((r) => r.form === site.slug).map((r) => zoneRow(r, site, this.uiLang)))
      : [];
    this.rows = all;
    const teamSelect = this.querySelector<HTMLSelectElement>('[data-zone-filter="team"]');
    if (teamSelect) {
      const chosen = teamSelect.value;
      const teams = [...new Set(all.map((r) => r.team).filter(Boolean))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
      const options = [teamSelect.options[0]!, ...teams.map((team) => new Option(this.t('fieldKit.client.team', { n: team }), team))];
      teamSelect.replaceChildren(...options);
      teamSelect.value = teams.includes(chosen) ? chosen : '';
    }
    const shown = filterRows(all, this.filter());
    const body = this.querySelector('.zone-table tbody');
    body?.replaceChildren(...shown.map((row) => this.row(row)));
    this.dataset['zoneRows'] = String(all.length);
    this.querySelector<HTMLElement>('.zone-empty')!.hidden = all.length > 0;
    const teams = new Set(all.map((r) => r.team)).size;
    this.text('.zone-count', all.length > 0 ? this.t('fieldKit.client.zoneCount', { n: all.length, teams, shown: shown.length }) : '');
    const count = (slug: string) => [...this.records.values()].filter((r) => r.form === slug).length;
    const logs = count('team-daily-log');
    const sheets = count('project-data-sheet');
    this.text('.zone-other', logs + sheets > 0 ? this.t('fieldKit.client.zoneOther', { logs, sheets }) : '');
  }

  private text(selector: string, text: string): void {
    const el = this.querySelector(selector);
    if (el) el.textContent = text;
  }

  private row(row: ZoneRow): HTMLTableRowElement {
    const tr = document.createElement('tr');
    const cell = (content: string | Node) => {
      const td = document.createElement('td');
      td.append(content);
      tr.append(td);
      return td;
    };
    const list = (items: string[]) => {
      const ul = document.createElement('ul');
      for (const item of items) {
        const li = document.createElement('li');
        li.textContent = item;
        ul.append(li);
      }
      return ul;
    };
    cell(row.team);
    cell(row.zone);
    cell(row.date ? formatDateValue(row.date, this.uiLang, 'short') : this.t('fieldKit.client.noDate'));
    cell(row.siteNo);
    cell(row.place);
    cell(row.project);
    cell(row.resultLabel);
    const findings = cell(row.mismatches.length > 0 ? list(row.mismatches) : '');
    if (row.mismatches.length > 0) findings.className = 'zone-mismatch';
    cell(String(row.photos));
    cell(row.followUp.length > 0 ? list(row.followUp) : '');
    return tr;
  }

  private async action(name: string): Promise<void> {
    const shown = filterRows(this.rows, this.filter());
    if (name === 'csv') {
      const t = this.t;
      const csv = zoneCsv(
        shown,
        {
          team: t('fieldKit.col.team'),
          zone: t('fieldKit.col.zone'),
          date: t('fieldKit.col.date'),
          site: t('fieldKit.col.site'),
          place: t('fieldKit.col.place'),
          project: t('fieldKit.col.project'),
          result: t('fieldKit.col.result'),
          findings: t('fieldKit.col.findings'),
          unverifiable: t('fieldKit.col.unverifiable'),
          photos: t('fieldKit.col.photos'),
          followUp: t('fieldKit.col.followUp'),
          updated: t('fieldKit.col.updated'),
          record: t('fieldKit.col.record'),
        },
        this.uiLang,
      );
      saveFile(`kk-zone-sites-${new Date().toISOString().slice(0, 10)}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    } else if (name === 'print') {
      const filter = this.filter();
      const labels = [
        filter.result && this.querySelector<HTMLSelectElement>('[data-zone-filter="result"]')?.selectedOptions[0]?.textContent,
        filter.team && this.t('fieldKit.client.team', { n: filter.team }),
      ].filter(Boolean);
      this.text(
        '.zone-print-meta',
        [
          this.t('fieldKit.client.printedAt', { time: formatMoment(new Date().toISOString(), this.uiLang) }),
          labels.length > 0 ? this.t('fieldKit.client.filtered', { filters: labels.join(', ') }) : '',
        ]
          .filter(Boolean)
          .join(' · '),
      );
      window.print();
    } else if (name === 'clear') {
      if (!window.confirm(this.t('fieldKit.client.confirmClear'))) return;
      const outcome = await this.store?.clearZone();
      if (outcome?.ok) {
        this.records = new Map();
        this.querySelector('.zone-messages')?.replaceChildren();
        this.render();
      }
    }
  }
}

if (!customElements.get('hb-zone')) customElements.define('hb-zone', Zone);
