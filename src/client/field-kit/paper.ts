/**
 * Writes a record into the paper form of the page (FormSheet in paper mode, shown only in print)
 * so that printing gives the team's filled form: answers in the blanks, ticked boxes, dates as
 * people write them, and the photos with their captions, times and places. The blank form is
 * kept aside, so each print starts from a clean sheet.
 */
import { formatDateValue } from '../../lib/field-kit/dates.ts';
import type { FieldRecord } from '../../lib/field-kit/record.ts';
import type { Lang } from '../../lib/locales.ts';
import type { Translator } from '../../lib/translate.ts';
import { formatMoment, type FieldKitKey } from './strings.ts';

export class Paper {
  private readonly blank: HTMLElement;

  constructor(private readonly host: HTMLElement) {
    const sheet = host.querySelector<HTMLElement>('.fk-paper');
    this.blank = (sheet ?? document.createElement('div')).cloneNode(true) as HTMLElement;
  }

  /** Makes the paper blank again (a new record, or none). */
  reset(): void {
    this.host.querySelector('.fk-paper')?.replaceWith(this.blank.cloneNode(true));
  }

  /** A fresh sheet with the record's answers and photos written in. */
  fill(record: FieldRecord, photoUrls: ReadonlyMap<string, string>, lang: Lang, t: Translator<FieldKitKey>): HTMLElement {
    const sheet = this.blank.cloneNode(true) as HTMLElement;
    const values = record.values;
    for (const el of sheet.querySelectorAll<HTMLElement>('[data-fk]')) {
      const value = values[el.dataset['fk'] ?? ''];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const shown = display(value, el.dataset['fkType'] ?? 'text', lang, el.dataset['fkInteger'] === 'true');
      const unit = el.querySelector('.fk-unit');
      const wrap = el.dataset['fkWrap'];
      el.replaceChildren();
      const span = document.createElement('span');
      span.className = 'fk-value';
      span.textContent = wrap ? `${wrap[0]}${shown}${wrap[1]}` : shown;
      el.append(span);
      if (unit) el.append(' ', unit);
      el.classList.add('fk-filled');
    }
    for (const box of sheet.querySelectorAll<HTMLElement>('[data-fk-opt]')) {
      const value = values[box.dataset['fkOpt'] ?? ''];
      const wanted = box.dataset['fkValue'];
      const ticked = Array.isArray(value) ? value.includes(wanted ?? '') : value === true ? wanted === 'true' : value === wanted;
      box.textContent = ticked ? '☑' : '☐';
      box.classList.toggle('fk-ticked', ticked);
    }
    for (const place of sheet.querySelectorAll<HTMLElement>('[data-fk-photos]')) {
      const photos = record.photos.filter((p) => p.field === place.dataset['fkPhotos']);
      if (photos.length === 0) continue;
      const grid = document.createElement('div');
      grid.className = 'fk-photo-grid';
      photos.forEach((photo, i) => {
        const figure = document.createElement('figure');
        const img = document.createElement('img');
        img.src = photoUrls.get(photo.id) ?? '';
        img.alt = t('fieldKit.client.photoAlt', { n: i + 1, caption: photo.caption || t('fieldKit.client.photoNumber', { n: i + 1 }) });
        img.width = photo.width;
        img.height = photo.height;
        const caption = document.createElement('figcaption');
        const facts = [
          `${t('fieldKit.client.photoNumber', { n: i + 1 })}${photo.caption ? `: ${photo.caption}` : ''}`,
          photo.takenAt
            ? t('fieldKit.client.photoTaken', { time: formatMoment(photo.takenAt, lang) })
            : t('fieldKit.client.photoTimeUnknown'),
          photo.location ? t('fieldKit.client.photoPlace', { lat: photo.location.lat.toFixed(5), lon: photo.location.lon.toFixed(5) }) : '',
        ];
        caption.textContent = facts.filter(Boolean).join(' · ');
        figure.append(img, caption);
        grid.append(figure);
      });
      place.replaceChildren(grid);
    }
    const meta = document.createElement('p');
    meta.className = 'fk-record-meta';
    meta.textContent = [
      t('fieldKit.client.edited', { time: formatMoment(record.updatedAt, lang) }),
      t('fieldKit.client.printedAt', { time: formatMoment(new Date().toISOString(), lang) }),
    ].join(' · ');
    sheet.append(meta);
    this.host.querySelector('.fk-paper')?.replaceWith(sheet);
    return sheet;
  }
}

/** An answer as it is written on paper. */
export function display(value: string, type: string, lang: Lang, integer = false): string {
  if (type === 'date') return formatDateValue(value, lang, 'long');
  if (type === 'number') {
    const n = Number(value.replace(/[,\s]/g, ''));
    if (value.trim() !== '' && Number.isFinite(n))
      return new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: integer ? 0 : 2 }).format(n);
  }
  return value;
}
