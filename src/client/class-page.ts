/**
 * <hb-class>: the trainer's class results page (facilitator/class.astro). Adds scanned or typed
 * result codes to the class kept on this device, refuses duplicates and codes that do not read
 * with a message that says why, and redraws the table and the class report after every change.
 * Also: CSV download, class file save and open, "start a new class", certificate settings and
 * the day's post-test opening code. The QR reader (qr-reader.ts) is loaded only when used.
 */
import {
  addCode,
  emptyClass,
  mergeClass,
  parseClass,
  readClass,
  removeResult,
  serialiseClass,
  setName,
  setSettings,
  type AddOutcome,
  type ClassData,
} from '../lib/learning/class-store.ts';
import { classReport, type Participant } from '../lib/learning/class-stats.ts';
import { csvLabels, element, fill, renderReport } from './class-report-view.ts';
import { encodeResult, type QuestionShape, type TestPhase } from '../lib/learning/result-code.ts';
import { localDay, openCode } from '../lib/learning/open-code.ts';
import { readItem, writeItem } from '../lib/safe-storage.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';
import { deviceStorage } from './device-storage.ts';
import { saveFile } from './save-file.ts';

const download = (name: string, type: string, content: string) => saveFile(name, new Blob([content], { type }));

class ClassPage extends HTMLElement {
  private shape: QuestionShape[] = [];
  private topics: string[] = [];
  private text: Record<string, string> = {};
  private data: ClassData = emptyClass();
  private participants: Participant[] = [];
  private stopCamera: (() => void) | undefined;

  connectedCallback(): void {
    this.shape = JSON.parse(this.dataset['shape'] ?? '[]') as QuestionShape[];
    this.topics = JSON.parse(this.dataset['topics'] ?? '[]') as string[];
    this.text = JSON.parse(this.dataset['text'] ?? '{}') as Record<string, string>;
    this.load();
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-needs-script]')) {
      button.disabled = false;
      button.removeAttribute('data-needs-script');
    }
    this.on('.type-form', 'submit', (e) => {
      e.preventDefault();
      const input = this.el<HTMLInputElement>('#class-code');
      if (this.add(input.value) === 'added') input.value = '';
      input.focus();
    });
    this.on('.scan-start', 'click', () => void this.startScan());
    this.on('.scan-stop', 'click', () => this.stopScan());
    this.on('.photo-start', 'click', () => this.el<HTMLInputElement>('.photo-input').click());
    this.on('.photo-input', 'change', () => void this.readPhoto());
    this.on('.report-print', 'click', () => window.print());
    this.on('.report-csv', 'click', () => void this.downloadCsv());
    this.on('.file-export', 'click', () =>
      download(`class-results-${localDay(new Date())}.json`, 'application/json', serialiseClass(this.data)),
    );
    this.on('.file-import', 'click', () => this.el<HTMLInputElement>('.file-input').click());
    this.on('.file-input', 'change', () => void this.importFile());
    this.on('.class-clear', 'click', () => this.clear());
    this.on('.cert-settings', 'change', () => this.saveSettings());
    this.on('.cert-settings', 'submit', (e) => e.preventDefault());
    this.el('.open-code').textContent = openCode(localDay(new Date()));
    this.render();
  }

  disconnectedCallback(): void {
    this.stopScan();
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private on(selector: string, type: string, listener: (event: Event) => void): void {
    this.el(selector).addEventListener(type, listener);
  }

  /** A message: in the status line (green when a result was added), or as an alert above everything. */
  private say(key: string, values: Record<string, string | number> = {}, where: 'good' | 'bad' | 'alert' = 'bad'): void {
    const target = where === 'alert' ? this.el('.class-alert') : this.el('.class-status');
    target.textContent = fill(this.text[key] ?? key, values);
    target.hidden = false;
    if (where !== 'alert') target.className = `class-status mt-3 min-h-7 font-bold ${where === 'good' ? 'text-trainer' : 'text-warn'}`;
  }

  /** Reads the stored class; text that is not a class is copied aside before anything is written. */
  private load(): void {
    const storage = deviceStorage();
    const raw = readItem(storage, STORAGE_KEYS.classResults);
    const { data, unreadable } = parseClass(raw);
    this.data = data;
    if (unreadable && raw !== undefined) {
      const kept = readItem(storage, STORAGE_KEYS.classBackup);
      const key = kept === undefined || kept === raw ? STORAGE_KEYS.classBackup : `${STORAGE_KEYS.classBackup}.${new Date().toISOString()}`;
      writeItem(storage, key, raw);
      this.say('class.unreadable', {}, 'alert');
    }
    this.showSettings();
  }

  private showSettings(): void {
    const settings = this.el<HTMLFormElement>('.cert-settings');
    const date = settings.elements.namedItem('date') as HTMLInputElement;
    date.value = this.data.settings.date ?? localDay(new Date());
    for (const lang of ['th', 'en'] as const) {
      const saved = this.data.settings.programme[lang];
      if (saved) (settings.elements.namedItem(lang) as HTMLTextAreaElement).value = saved;
    }
  }

  private save(data: ClassData): void {
    this.data = data;
    if (!writeItem(deviceStorage(), STORAGE_KEYS.classResults, serialiseClass(data))) this.say('class.notSaved', {}, 'alert');
    this.render();
  }

  private phaseName(phase: TestPhase): string {
    return this.text[phase === 'pre' ? 'test.preName' : 'test.postName'] ?? phase;
  }

  /** Adds one scanned or typed code and says what happened. */
  add(text: string): AddOutcome['kind'] {
    const { data, outcome } = addCode(this.data, text, this.shape, new Date());
    if (outcome.kind === 'refused') {
      const p = outcome.problem;
      const key = {
        empty: 'class.empty',
        character: 'class.badChar',
        length: 'class.badLength',
        check: 'class.badCheck',
        version: 'class.badVersion',
        test: 'class.badTest',
        invalid: 'class.badInvalid',
      }[p.kind];
      this.say(key, { ...p });
      return outcome.kind;
    }
    const r = outcome.kind === 'conflict' ? outcome.existing : outcome.result;
    const values = { team: r.team, seat: r.seat, test: this.phaseName(r.phase), score: r.score, total: r.total };
    this.say(`class.${outcome.kind}`, values, outcome.kind === 'added' ? 'good' : 'bad');
    if (outcome.kind === 'added') this.save(data);
    return outcome.kind;
  }

  private async startScan(): Promise<void> {
    const video = this.el<HTMLVideoElement>('.scan-video');
    try {
      const { startCamera, CameraUnavailable } = await import('./qr-reader.ts').catch((error: unknown) => {
        this.say('class.readerFailed', { reason: String(error) });
        throw error;
      });
      try {
        video.hidden = false;
        this.stopCamera = await startCamera(video, (text) => this.add(text));
      } catch (error) {
        video.hidden = true;
        const name = error instanceof Error ? error.name : '';
        if (error instanceof CameraUnavailable) this.say('class.noCamera');
        else if (name === 'NotAllowedError' || name === 'SecurityError') this.say('class.cameraDenied');
        else if (name === 'NotFoundError' || name === 'OverconstrainedError') this.say('class.cameraMissing');
        else this.say('class.cameraFailed', { reason: error instanceof Error ? error.message || name : String(error) });
        return;
      }
      this.el('.scan-start').hidden = true;
      this.el('.scan-stop').hidden = false;
      this.el('.scan-help').hidden = false;
      this.el('.scan-stop').focus();
    } catch {
      // Already said: the reader could not be loaded.
    }
  }

  private stopScan(): void {
    this.stopCamera?.();
    this.stopCamera = undefined;
    const start = this.querySelector<HTMLElement>('.scan-start');
    if (!start) return;
    const wasScanning = start.hidden;
    start.hidden = false;
    this.el('.scan-stop').hidden = true;
    this.el('.scan-help').hidden = true;
    this.el('.scan-video').hidden = true;
    if (wasScanning) start.focus();
  }

  private async readPhoto(): Promise<void> {
    const input = this.el<HTMLInputElement>('.photo-input');
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { readPhoto } = await import('./qr-reader.ts');
      const text = await readPhoto(file);
      if (text) this.add(text);
      else this.say('class.photoNoCode');
    } catch (error) {
      this.say('class.readerFailed', { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  private async importFile(): Promise<void> {
    const input = this.el<HTMLInputElement>('.file-input');
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { data, unreadable } = parseClass(await file.text());
    if (unreadable) {
      this.say('class.importFailed');
      return;
    }
    const { data: merged, added, duplicates, conflicts, refused } = mergeClass(this.data, data, this.shape, new Date());
    this.save(merged);
    this.showSettings();
    this.say('class.imported', { added, duplicates, conflicts, refused }, 'good');
  }

  private clear(): void {
    if (this.data.results.length > 0 && !window.confirm(fill(this.text['class.confirmClear'] ?? '', { n: this.data.results.length })))
      return;
    this.save({ ...emptyClass(), settings: this.data.settings });
    this.el('.class-status').textContent = '';
  }

  private saveSettings(): void {
    const form = this.el<HTMLFormElement>('.cert-settings');
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const programme = JSON.parse(this.dataset['programme'] ?? '{}') as Record<string, string>;
    // A programme name left as the handbook's default is not stored: a new edition's default applies.
    const own = (lang: 'th' | 'en') => (value(lang) && value(lang) !== programme[lang] ? value(lang) : undefined);
    this.save(
      setSettings(this.data, {
        date: /^\d{4}-\d{2}-\d{2}$/.test(value('date')) ? value('date') : undefined,
        programme: { th: own('th'), en: own('en') },
      }),
    );
  }

  private render(): void {
    const { participants, unreadable } = readClass(this.data, this.shape);
    this.participants = participants;
    this.el('.class-empty').hidden = participants.length > 0;
    this.el('.class-table').hidden = participants.length === 0;
    const note = this.el('.class-unreadable');
    note.hidden = unreadable.length === 0;
    note.textContent = fill(this.text['class.unreadableCodes'] ?? '', { n: unreadable.length });
    this.renderTable();
    this.renderReport();
  }

  private renderTable(): void {
    const rows = this.participants.map((p) => {
      const row = element('tr', 'border-b border-line align-top');
      row.dataset['participant'] = `${p.team}-${p.seat}`;
      const team = element('th', 'py-2 pr-3 font-normal tabular-nums', String(p.team));
      team.scope = 'row';
      const name = element('input', 'w-full min-w-40 rounded border border-line px-2 py-1');
      name.value = p.name;
      name.maxLength = 80;
      name.setAttribute('aria-label', fill(this.text['class.nameLabel'] ?? '', p));
      name.addEventListener('change', () => this.save(setName(this.data, p.team, p.seat, name.value)));
      const nameCell = element('td', 'py-2 pr-3');
      nameCell.append(name);
      const change = p.pre && p.post ? p.post.score - p.pre.score : undefined;
      row.append(
        team,
        element('td', 'py-2 pr-3 tabular-nums', String(p.seat)),
        nameCell,
        this.resultCell(p, 'pre'),
        this.resultCell(p, 'post'),
        element('td', 'py-2 tabular-nums', change === undefined ? '–' : `${change > 0 ? '+' : ''}${change}`),
      );
      return row;
    });
    this.el('.class-table tbody').replaceChildren(...rows);
  }

  private resultCell(p: Participant, phase: TestPhase): HTMLTableCellElement {
    const cell = element('td', 'py-2 pr-3 whitespace-nowrap tabular-nums');
    cell.dataset['test'] = phase;
    const result = p[phase];
    if (!result) {
      cell.textContent = '–';
      return cell;
    }
    cell.append(element('span', 'score', fill(this.text['test.topicScore'] ?? '', { right: result.score, total: result.total })), ' ');
    const values = { test: this.phaseName(phase), team: p.team, seat: p.seat };
    const remove = element(
      'button',
      'remove no-print ml-2 rounded border border-warn px-2 text-sm text-warn hover:bg-warn-soft',
      this.text['class.remove'],
    );
    remove.type = 'button';
    remove.setAttribute('aria-label', fill(this.text['class.removeLabel'] ?? '', values));
    remove.addEventListener('click', () => {
      if (!window.confirm(fill(this.text['class.confirmRemove'] ?? '', values))) return;
      const code = encodeResult({ phase, team: p.team, seat: p.seat, answers: result.answers }, this.shape);
      this.save(removeResult(this.data, code));
    });
    cell.append(remove);
    return cell;
  }

  private renderReport(): void {
    renderReport(this, classReport(this.participants, this.shape), this.topics, this.text, this.dataset['lang'] === 'en' ? 'en' : 'th');
  }

  /** The CSV code loads only when a trainer exports (the page stays within its weight budget). */
  private async downloadCsv(): Promise<void> {
    const { classCsv } = await import('../lib/learning/class-csv.ts');
    const report = classReport(this.participants, this.shape);
    const csv = classCsv(
      this.participants,
      report,
      this.shape,
      csvLabels(this.text, this.topics, (phase) => this.phaseName(phase)),
    );
    download(`class-results-${localDay(new Date())}.csv`, 'text/csv;charset=utf-8', csv);
  }
}

if (!customElements.get('hb-class')) customElements.define('hb-class', ClassPage);
