/**
 * <hb-field-form>: the phone form of a field form (FieldKitForm.astro). Everything typed is kept
 * on the device as it is typed (each change is written at once, one write after another);
 * photos are reduced and kept with the record in one step; the record opens again from its
 * address (?record=<id>) after a reload, a crash or a day offline. When the device is full the
 * change is refused whole, the page says so, and what was saved before stays.
 */
import { emptyRecord, isBlank, newId, readRecord, type FieldRecord, type PhotoMeta } from '../../lib/field-kit/record.ts';
import { readItem, writeItem } from '../../lib/safe-storage.ts';
import { STORAGE_KEYS } from '../../lib/storage-keys.ts';
import { deviceStorage } from '../device-storage.ts';
import { checkNumber, clearChoice, collectValues, readDate, restoreValues, setToday, updateClear } from './inputs.ts';
import { Paper } from './paper.ts';
import { currentLocation, reducePhoto, round } from './photos.ts';
import { fileName, shareRecords } from './share.ts';
import { askToPersist, showStorage } from './storage-status.ts';
import { FieldKitElement } from './element.ts';
import type { Outcome } from './store.ts';
import { formatMoment } from './strings.ts';

class FieldForm extends FieldKitElement {
  private form!: HTMLFormElement;
  private record: FieldRecord | undefined;
  private paper: Paper | undefined;
  private readonly photoUrls = new Map<string, string>();
  /** Saves run one after another, so an older one never lands after a newer one. */
  private chain: Promise<unknown> = Promise.resolve();
  /** A save is waiting in the chain; it will read the form when its turn comes. */
  private queued = false;
  private asked = false;
  private storageShownAt = 0;

  protected override prepare(): void {
    this.form = this.querySelector<HTMLFormElement>('form.fk-form')!;
    this.querySelector('.fk-noscript')?.remove();
    for (const el of this.querySelectorAll('[data-needs-script]')) el.removeAttribute('data-needs-script');
    const printable = document.querySelector<HTMLElement>('.fk-print-only');
    if (printable) this.paper = new Paper(printable);
    this.wire();
  }

  protected override noStore(): void {
    this.status(this.t('fieldKit.client.noStorage'));
    this.updateTools();
  }

  protected override async begin(): Promise<void> {
    const id = new URL(window.location.href).searchParams.get('record');
    if (id) await this.open(id);
    else this.status(this.t('fieldKit.client.newRecord'));
    this.updateTools();
    void showStorage(this.querySelector('.fk-storage'), this.t, this.uiLang);
  }

  private wire(): void {
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('input', (event) => this.changed(event.target));
    this.form.addEventListener('change', (event) => this.changed(event.target));
    this.form.addEventListener('click', (event) => this.clicked(event));
    // Leaving the page (another app, the lock screen, closing the tab) saves at once.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.flush();
    });
    window.addEventListener('pagehide', () => this.flush());
    window.addEventListener('beforeprint', () => this.fillPaper());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-fk-action]'))
      button.addEventListener('click', () => void this.action(button.dataset['fkAction'] ?? ''));
    for (const input of this.querySelectorAll<HTMLInputElement>('.fk-file-input'))
      input.addEventListener('change', () => {
        const files = [...(input.files ?? [])];
        input.value = '';
        const place = input.closest<HTMLElement>('[data-fk-photos-fill]');
        if (files.length > 0 && place) void this.addPhotos(files, place, input.hasAttribute('data-fk-camera'));
      });
    const location = this.querySelector<HTMLInputElement>('[data-fk-location]');
    if (location) {
      location.checked = readItem(deviceStorage(), STORAGE_KEYS.fieldKitLocation) === '1';
      location.addEventListener('change', () => void this.locationChoice(location));
    }
  }

  private changed(target: EventTarget | null): void {
    if (!(target instanceof HTMLElement)) return;
    if (target.matches('[data-fk-location], .fk-file-input')) return;
    const date = target.closest<HTMLFieldSetElement>('[data-fk-date]');
    if (date) readDate(date, this.t('fieldKit.client.dateBad'));
    if (target instanceof HTMLInputElement && target.dataset['fkKind'] === 'number')
      checkNumber(target, this.t('fieldKit.client.numberBad'));
    if (target instanceof HTMLInputElement && target.type === 'radio') {
      const clear = this.form.querySelector<HTMLButtonElement>(`[data-fk-clear="${CSS.escape(target.name)}"]`);
      if (clear) updateClear(this.form, clear);
    }
    this.schedule();
  }

  private clicked(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.matches('[data-fk-clear]')) {
      clearChoice(this.form, button);
      this.schedule();
    } else if (button.matches('.fk-today')) {
      setToday(button.closest<HTMLFieldSetElement>('[data-fk-date]')!);
      this.schedule();
    } else if (button.dataset['fkRemove']) void this.removePhoto(button.dataset['fkRemove']);
  }

  private schedule(): void {
    void this.flush();
  }

  /**
   * Saves what is in the form (after any write already on its way). Keys typed while a write is
   * running join one waiting save, which reads the form when it starts, so nothing typed is skipped.
   */
  private flush(): Promise<unknown> {
    if (this.queued) return this.chain;
    this.queued = true;
    return this.enqueue(() => {
      this.queued = false;
      return this.save();
    });
  }

  /** Runs a write after the ones before it; a write that fails says so and never stops the ones after it. */
  private enqueue<T>(work: () => Promise<T>): Promise<T | undefined> {
    const next = this.chain.then(work).catch((error: unknown) => {
      this.status(this.t('fieldKit.client.notSaved', { reason: (error as Error)?.message ?? String(error) }));
      return undefined;
    });
    this.chain = next;
    return next;
  }

  /**
   * The answers in the form, plus any answer the record holds for a field this version of the form
   * no longer shows (a record made with an older form keeps what it had).
   */
  private values(base: FieldRecord): FieldRecord['values'] {
    const shown = new Set([...this.form.querySelectorAll<HTMLInputElement>('[name][data-fk-kind]')].map((el) => el.name));
    const kept = Object.fromEntries(Object.entries(base.values).filter(([path]) => !shown.has(path)));
    return { ...kept, ...collectValues(this.form) };
  }

  private captions(record: FieldRecord): PhotoMeta[] {
    return record.photos.map((p) => {
      const input = this.querySelector<HTMLInputElement>(`[data-fk-caption="${CSS.escape(p.id)}"]`);
      return input ? { ...p, caption: input.value } : p;
    });
  }

  private async save(): Promise<void> {
    if (!this.store) return;
    const base = this.record ?? emptyRecord(this.dataset['form'] ?? '', this.uiLang);
    const values = this.values(base);
    const next: FieldRecord = { ...base, values, photos: this.captions(base), updatedAt: new Date().toISOString() };
    if (!this.record && isBlank(next)) return;
    if (this.record && JSON.stringify({ ...this.record, updatedAt: '' }) === JSON.stringify({ ...next, updatedAt: '' })) return;
    await this.commit(next, () => this.store!.saveRecord(next));
  }

  /** Stores a new version of the record; on success it becomes the record shown, on failure nothing changes. */
  private async commit(next: FieldRecord, write: () => Promise<Outcome>): Promise<boolean> {
    const checked = readRecord(next);
    if (!checked.ok) {
      this.status(this.t('fieldKit.client.notSaved', { reason: checked.detail }));
      return false;
    }
    const outcome = await write();
    if (!outcome.ok) {
      this.status(
        outcome.reason === 'full' ? this.t('fieldKit.client.notSavedFull') : this.t('fieldKit.client.notSaved', { reason: outcome.detail }),
      );
      return false;
    }
    const created = !this.record;
    this.record = next;
    if (created) {
      const url = new URL(window.location.href);
      url.searchParams.set('record', next.id);
      history.replaceState(history.state, '', url);
      this.updateTools();
    }
    document.documentElement.dataset['fkRecord'] = next.id;
    this.status(
      this.t('fieldKit.client.savedAt', {
        time: new Date().toLocaleTimeString(this.uiLang === 'th' ? 'th-TH' : 'en-GB', { hour: '2-digit', minute: '2-digit' }),
      }),
    );
    if (!this.asked) {
      this.asked = true;
      void askToPersist().then((kept) => showStorage(this.querySelector('.fk-storage'), this.t, this.uiLang, kept));
    } else if (Date.now() - this.storageShownAt > 10_000) {
      // The space used is worth updating now and then, not on every key.
      this.storageShownAt = Date.now();
      void showStorage(this.querySelector('.fk-storage'), this.t, this.uiLang);
    }
    return true;
  }

  private async open(id: string): Promise<void> {
    const found = await this.store!.getRecord(id);
    if (found.state !== 'found' || found.record.form !== this.dataset['form']) {
      this.status(found.state === 'damaged' ? this.t('fieldKit.client.damaged') : this.t('fieldKit.client.notFound'));
      const url = new URL(window.location.href);
      url.searchParams.delete('record');
      history.replaceState(history.state, '', url);
      return;
    }
    this.record = found.record;
    restoreValues(this.form, found.record.values);
    document.documentElement.dataset['fkRecord'] = found.record.id;
    await this.showPhotos();
    this.status(this.t('fieldKit.client.edited', { time: formatMoment(found.record.updatedAt, this.uiLang) }));
  }

  private async action(name: string): Promise<void> {
    if (name === 'print') {
      await this.flush();
      const sheet = this.fillPaper();
      await Promise.all([...(sheet?.querySelectorAll('img') ?? [])].map((img) => img.decode().catch(() => undefined)));
      window.print();
    } else if (name === 'new') {
      await this.flush();
      this.reset();
    } else if (name === 'delete' && this.record && this.store) {
      if (!window.confirm(this.t('fieldKit.client.confirmDelete'))) return;
      await this.flush();
      const outcome = await this.store.deleteRecord(this.record.id);
      if (outcome.ok) {
        this.reset();
        this.status(this.t('fieldKit.client.deleted'));
        void showStorage(this.querySelector('.fk-storage'), this.t, this.uiLang);
      } else this.status(this.t('fieldKit.client.notSaved', { reason: outcome.detail }));
    } else if (name === 'share' && this.record && this.store) {
      await this.flush();
      const record = this.record;
      const label = document.querySelector('h1')?.textContent?.trim() ?? record.form;
      const result = await shareRecords(
        [record],
        this.store,
        fileName(record.form, record.updatedAt.slice(0, 10)),
        this.t('fieldKit.client.shareTitle', { name: label }),
        this.t,
      );
      if (result.message) this.status(result.message);
    }
  }

  /** An empty form for a new record. */
  private reset(): void {
    this.record = undefined;
    restoreValues(this.form, {});
    for (const url of this.photoUrls.values()) URL.revokeObjectURL(url);
    this.photoUrls.clear();
    for (const list of this.querySelectorAll('.fk-photo-list')) list.replaceChildren();
    this.paper?.reset();
    delete document.documentElement.dataset['fkRecord'];
    const url = new URL(window.location.href);
    url.searchParams.delete('record');
    history.replaceState(history.state, '', url);
    this.updateTools();
    this.status(this.t('fieldKit.client.newRecord'));
    this.form.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }

  private fillPaper(): HTMLElement | undefined {
    if (!this.paper) return undefined;
    if (!this.record) {
      this.paper.reset();
      return undefined;
    }
    return this.paper.fill({ ...this.record, photos: this.captions(this.record) }, this.photoUrls, this.uiLang, this.t);
  }

  private async locationChoice(box: HTMLInputElement): Promise<void> {
    writeItem(deviceStorage(), STORAGE_KEYS.fieldKitLocation, box.checked ? '1' : '0');
    if (!box.checked) return;
    // Asked now, while the person is choosing, rather than in the middle of taking a photo.
    if (!(await currentLocation())) {
      box.checked = false;
      writeItem(deviceStorage(), STORAGE_KEYS.fieldKitLocation, '0');
      this.photoStatus(box, this.t('fieldKit.client.locationDenied'));
    }
  }

  private photoStatus(inside: Element, text: string): void {
    const status = inside.closest('[data-fk-photos-fill]')?.querySelector('.fk-photo-status');
    if (status) status.textContent = text;
  }

  private async addPhotos(files: File[], place: HTMLElement, fromCamera: boolean): Promise<void> {
    if (!this.store) return;
    const field = place.dataset['fkPhotosFill'] ?? '';
    const allowLocation = this.querySelector<HTMLInputElement>('[data-fk-location]')?.checked === true;
    await this.flush();
    let added = 0;
    const problems: string[] = [];
    for (const file of files) {
      this.photoStatus(place, this.t('fieldKit.client.photoWorking'));
      let reduced;
      try {
        reduced = await reducePhoto(file);
      } catch {
        problems.push(this.t('fieldKit.client.photoBad', { name: file.name }));
        continue;
      }
      let location = allowLocation ? reduced.exifLocation : undefined;
      // A photo just taken was taken here; one from the gallery only has the place its own data gives.
      const fresh = fromCamera || Date.now() - file.lastModified < 10 * 60_000;
      if (allowLocation && !location && fresh) location = await currentLocation();
      const meta: PhotoMeta = {
        id: newId(),
        field,
        caption: '',
        width: reduced.width,
        height: reduced.height,
        bytes: reduced.blob.size,
        type: 'image/jpeg',
        ...(reduced.takenAt ? { takenAt: reduced.takenAt, timeSource: reduced.timeSource } : {}),
        ...(location
          ? {
              location: {
                lat: round(location.lat),
                lon: round(location.lon),
                ...(location.accuracy === undefined ? {} : { accuracy: location.accuracy }),
              },
            }
          : {}),
      };
      const ok = await this.enqueue(async () => {
        const base = this.record ?? emptyRecord(this.dataset['form'] ?? '', this.uiLang);
        const next: FieldRecord = {
          ...base,
          values: this.values(base),
          photos: [...this.captions(base), meta],
          updatedAt: new Date().toISOString(),
        };
        return this.commit(next, () => this.store!.addPhoto(next, meta, reduced.blob));
      });
      if (!ok) {
        problems.push(this.statusText());
        break;
      }
      this.photoUrls.set(meta.id, URL.createObjectURL(reduced.blob));
      added += 1;
    }
    await this.showPhotos();
    this.photoStatus(place, [added > 0 ? this.t('fieldKit.client.photoAdded', { n: added }) : '', ...problems].filter(Boolean).join(' '));
  }

  private async removePhoto(id: string): Promise<void> {
    if (!this.record || !this.store) return;
    const removed = await this.enqueue(async () => {
      const base = this.record!;
      const next: FieldRecord = {
        ...base,
        values: this.values(base),
        photos: this.captions(base).filter((p) => p.id !== id),
        updatedAt: new Date().toISOString(),
      };
      return this.commit(next, () => this.store!.removePhoto(next, id));
    });
    if (removed) {
      const url = this.photoUrls.get(id);
      if (url) URL.revokeObjectURL(url);
      this.photoUrls.delete(id);
      await this.showPhotos();
    }
  }

  /** Lists the record's photos under each photos field, with their caption to write. */
  private async showPhotos(): Promise<void> {
    const record = this.record;
    const gone: string[] = [];
    for (const place of this.querySelectorAll<HTMLElement>('[data-fk-photos-fill]')) {
      const list = place.querySelector('.fk-photo-list');
      if (!list) continue;
      const photos = (record?.photos ?? []).filter((p) => p.field === place.dataset['fkPhotosFill']);
      const items: HTMLLIElement[] = [];
      for (const photo of photos) {
        if (!this.photoUrls.has(photo.id)) {
          const blob = await this.store?.photo(photo.id);
          if (blob) this.photoUrls.set(photo.id, URL.createObjectURL(blob));
          else {
            gone.push(photo.id);
            continue;
          }
        }
        items.push(this.photoItem(photo, items.length + 1));
      }
      list.replaceChildren(...items);
    }
    // A photo whose image is no longer on the device (see FieldKitStore.removePhoto) leaves the record.
    if (record && gone.length > 0) {
      const next: FieldRecord = {
        ...record,
        photos: record.photos.filter((p) => !gone.includes(p.id)),
        updatedAt: new Date().toISOString(),
      };
      void this.enqueue(() => this.commit(next, () => this.store!.saveRecord(next)));
    }
  }

  private photoItem(photo: PhotoMeta, n: number): HTMLLIElement {
    const t = this.t;
    const item = document.createElement('li');
    const img = document.createElement('img');
    img.src = this.photoUrls.get(photo.id) ?? '';
    img.alt = t('fieldKit.client.photoAlt', { n, caption: photo.caption || t('fieldKit.client.photoNumber', { n }) });
    img.width = photo.width;
    img.height = photo.height;
    const body = document.createElement('div');
    const title = document.createElement('p');
    title.className = 'fk-label';
    title.textContent = t('fieldKit.client.photoNumber', { n });
    const meta = document.createElement('p');
    meta.className = 'fk-photo-meta';
    meta.textContent = [
      photo.takenAt
        ? t('fieldKit.client.photoTaken', { time: formatMoment(photo.takenAt, this.uiLang) })
        : t('fieldKit.client.photoTimeUnknown'),
      photo.location ? t('fieldKit.client.photoPlace', { lat: photo.location.lat.toFixed(5), lon: photo.location.lon.toFixed(5) }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    const label = document.createElement('label');
    label.className = 'fk-label fk-label-small';
    label.htmlFor = `fk-caption-${photo.id}`;
    label.textContent = t('fieldKit.client.photoCaption');
    const caption = document.createElement('input');
    caption.type = 'text';
    caption.id = `fk-caption-${photo.id}`;
    caption.className = 'fk-input';
    caption.autocomplete = 'off';
    caption.value = photo.caption;
    caption.dataset['fkCaption'] = photo.id;
    caption.addEventListener('input', () => this.schedule());
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'fk-clear';
    remove.dataset['fkRemove'] = photo.id;
    remove.textContent = t('fieldKit.client.photoRemove', { n });
    body.append(title, meta, label, caption, remove);
    item.append(img, body);
    return item;
  }

  private updateTools(): void {
    // "New", "send" and "delete" mean something only once a record is open.
    for (const button of this.querySelectorAll<HTMLButtonElement>(
      '[data-fk-action="new"], [data-fk-action="share"], [data-fk-action="delete"]',
    ))
      button.disabled = !this.record || !this.store;
  }

  private status(text: string): void {
    const status = this.querySelector('.fk-status');
    if (status) status.textContent = text;
  }

  private statusText(): string {
    return this.querySelector('.fk-status')?.textContent ?? '';
  }
}

if (!customElements.get('hb-field-form')) customElements.define('hb-field-form', FieldForm);
