/**
 * <hb-field-records> on /forms/: the records kept on this device, by day (the day the form gives,
 * or the day it was last edited), each opening its form again; and, per day, the whole day's work
 * sent as one file. Records holding personal data (complaint drafts) stay out of the day's file.
 */
import { recordDay } from '../../lib/field-kit/summary.ts';
import { formatDateValue, todayValue } from '../../lib/field-kit/dates.ts';
import type { FieldRecord } from '../../lib/field-kit/record.ts';
import type { PageFormSpec } from '../../components/forms/specs.ts';
import type { Translator } from '../../lib/translate.ts';
import { fileName, shareRecords } from './share.ts';
import { showStorage } from './storage-status.ts';
import { FieldKitElement } from './element.ts';
import { formatMoment, type FieldKitKey } from './strings.ts';

function readSpecs(): PageFormSpec[] {
  try {
    return JSON.parse(document.getElementById('fk-specs')?.textContent ?? '[]') as PageFormSpec[];
  } catch {
    return [];
  }
}

/** What a record is called in lists: "ทีม 12 · จุดที่ 3 · ถนนคอนกรีตสายบ้านดอนแก้วน้อย". */
export function recordTitle(record: FieldRecord, spec: PageFormSpec | undefined, t: Translator<FieldKitKey>): string {
  const value = (path: string | undefined) => {
    const v = path ? record.values[path] : undefined;
    return typeof v === 'string' ? v.trim() : '';
  };
  const roles = spec?.roles ?? {};
  const parts = [
    value(roles.team) && t('fieldKit.client.team', { n: value(roles.team) }),
    value(roles.siteNo) && t('fieldKit.client.site', { n: value(roles.siteNo) }),
    value(roles.title) || value(roles.project) || value(roles.place),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : t('fieldKit.client.untitled', { form: spec?.title ?? record.form });
}

class FieldRecords extends FieldKitElement {
  private specs: PageFormSpec[] = [];

  protected override prepare(): void {
    this.specs = readSpecs();
  }

  protected override noStore(): void {
    this.status(this.t('fieldKit.client.noStorage'));
  }

  protected override async begin(): Promise<void> {
    await this.render();
  }

  private status(text: string): void {
    const status = this.querySelector('.fk-records-status');
    if (status) status.textContent = text;
  }

  private async render(): Promise<void> {
    const { records, damaged } = await this.store!.listRecords();
    const specOf = (r: FieldRecord) => this.specs.find((s) => s.slug === r.form);
    const days = new Map<string, FieldRecord[]>();
    for (const record of records) {
      const day = recordDay(record, specOf(record));
      days.set(day, [...(days.get(day) ?? []), record]);
    }
    const sections: HTMLElement[] = [];
    const today = todayValue();
    for (const day of [...days.keys()].sort().reverse()) {
      const list = days.get(day)!.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      sections.push(this.day(day, day === today, list, specOf));
    }
    this.querySelector('.fk-days')?.replaceChildren(...sections);
    this.status(records.length === 0 ? this.t('fieldKit.client.noRecords') : damaged > 0 ? this.t('fieldKit.client.damaged') : '');
    void showStorage(this.querySelector('.fk-storage'), this.t, this.uiLang);
  }

  private day(day: string, isToday: boolean, records: FieldRecord[], specOf: (r: FieldRecord) => PageFormSpec | undefined): HTMLElement {
    const t = this.t;
    const section = document.createElement('section');
    section.className = 'fk-day mt-5 rounded border border-line p-4';
    const dateText = formatDateValue(day, this.uiLang);
    const heading = document.createElement('h3');
    heading.className = 'text-lg font-bold';
    heading.textContent = t('fieldKit.client.day', { date: dateText });
    const shareable = records.filter((r) => !specOf(r)?.personal);
    const facts = document.createElement('p');
    facts.className = 'text-sm text-muted';
    facts.textContent = t('fieldKit.client.dayCount', { n: records.length, photos: records.reduce((n, r) => n + r.photos.length, 0) });
    const list = document.createElement('ul');
    list.className = 'mt-2 space-y-2 list-none p-0';
    for (const record of records) {
      const spec = specOf(record);
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${spec?.url ?? '#'}?record=${encodeURIComponent(record.id)}`;
      link.textContent = recordTitle(record, spec, t);
      link.className = 'font-bold';
      const meta = document.createElement('span');
      meta.className = 'block text-sm text-muted';
      meta.textContent = [
        spec?.title ?? record.form,
        t('fieldKit.client.edited', { time: formatMoment(record.updatedAt, this.uiLang) }),
      ].join(' · ');
      item.append(link, meta);
      list.append(item);
    }
    section.append(heading, facts, list);
    if (shareable.length > 0) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'fk-share-day mt-3 rounded bg-accent px-4 py-2 font-bold text-white hover:bg-accent-dark';
      button.textContent = isToday ? t('fieldKit.client.shareDay') : t('fieldKit.client.shareDayOf', { date: dateText });
      const result = document.createElement('p');
      result.className = 'mt-2';
      result.setAttribute('role', 'status');
      button.addEventListener('click', () => void this.shareDay(day, shareable, result));
      section.append(button, result);
    }
    if (shareable.length < records.length) {
      const note = document.createElement('p');
      note.className = 'mt-2 text-sm text-muted';
      note.textContent = t('fieldKit.client.personalLeftOut');
      section.append(note);
    }
    return section;
  }

  private async shareDay(day: string, records: FieldRecord[], result: HTMLElement): Promise<void> {
    const teams = [
      ...new Set(
        records
          .map((r) => {
            const path = this.specs.find((s) => s.slug === r.form)?.roles.team;
            const v = path ? r.values[path] : undefined;
            return typeof v === 'string' ? v.trim() : '';
          })
          .filter(Boolean),
      ),
    ];
    const label = teams.length === 1 ? `team${teams[0]}` : 'day';
    const outcome = await shareRecords(
      records,
      this.store!,
      fileName(label, day),
      this.t('fieldKit.client.shareTitle', { name: formatDateValue(day, this.uiLang) }),
      this.t,
    );
    result.textContent = outcome.message;
  }
}

if (!customElements.get('hb-field-records')) customElements.define('hb-field-records', FieldRecords);
