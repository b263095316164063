/**
 * <hb-offline>: offline use, told truthfully.
 * - Registers the service worker and offers a new version when one is deployed.
 * - Shows on screen when the device is offline, and marks the language switch when the other
 *   language is not on the device.
 * - The language pack (every page and the search of the reader's language): asks first, with
 *   its size, and never by itself when the reader asked the browser to save data. Once chosen it
 *   fetches every file, tries failed ones again (RETRY_DELAYS), then checks every file is in the
 *   caches and says "ready" only then; otherwise it says what is missing, offers to try again,
 *   and carries on on the next visit or when the signal comes back.
 * Nothing is fetched while offline (no failed request, no console error).
 */
import { readItem, writeItem } from '../lib/safe-storage.ts';
import { deviceStorage } from './device-storage.ts';
import { CACHE_NAMES, STORAGE_KEYS } from '../lib/storage-keys.ts';
import { formatSize, parsePackList, RETRY_DELAYS, startState, type PackList, type PackState } from '../lib/offline-pack.ts';

type Lang = 'th' | 'en';
const PARALLEL = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** This page came from the copy kept on the device (the service worker marks it `Server-Timing: stored`). */
const servedFromDevice = (): boolean => {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.serverTiming?.some((entry) => entry.name === 'stored') ?? false;
};
const cacheFor = (url: string) => (url.includes('/pagefind/') ? CACHE_NAMES.search : CACHE_NAMES.pages);

class Offline extends HTMLElement {
  private language: Lang = 'th';
  private list: PackList | undefined;
  private busy = false;

  connectedCallback(): void {
    this.language = this.dataset['lang'] === 'en' ? 'en' : 'th';
    this.showConnection();
    window.addEventListener('online', (event) => {
      this.showConnection(event);
      void this.resumeIfChosen();
    });
    window.addEventListener('offline', (event) => this.showConnection(event));
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      this.render({ kind: 'unsupported' });
      return;
    }
    this.querySelector('.offline-save')?.addEventListener('click', () => void this.choose());
    this.querySelector('.offline-later')?.addEventListener('click', () => {
      writeItem(deviceStorage(), STORAGE_KEYS.offlineChoice(this.language), 'later');
      this.render({ kind: 'none' });
    });
    this.querySelector('.offline-again')?.addEventListener('click', () => void this.choose());
    if (this.dataset['enabled'] !== 'true') return;
    void this.start();
  }

  private async start(): Promise<void> {
    try {
      const registration = await navigator.serviceWorker.register(this.dataset['sw'] ?? '', { scope: this.dataset['scope'] ?? '/' });
      this.watchForUpdates(registration);
    } catch {
      // Offline support is an extra: the page works the same without it.
    }
    await this.showPack();
  }

  private watchForUpdates(registration: ServiceWorkerRegistration): void {
    // Reload only when the reader asked for the new version, not when the first worker takes over.
    let accepted = false;
    const offer = (worker: ServiceWorker | null) => {
      if (!worker || !navigator.serviceWorker.controller) return;
      const banner = this.querySelector<HTMLElement>('.offline-update')!;
      banner.hidden = false;
      this.querySelector('.offline-reload')!.addEventListener(
        'click',
        () => {
          accepted = true;
          worker.postMessage({ type: 'SKIP_WAITING' });
        },
        { once: true },
      );
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    });
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (accepted) window.location.reload();
    });
  }

  /** The visible offline notice, and the language switch's note. */
  /**
   * Offline: the browser says so, or this page is the copy the service worker kept on the device
   * because the network failed (src/integrations/sw-fallback.ts), until the browser says it is online.
   */
  private showConnection(event?: Event): void {
    const offline = !navigator.onLine || (event?.type !== 'online' && servedFromDevice());
    const banner = this.querySelector<HTMLElement>('.offline-banner');
    if (banner) banner.hidden = !offline;
    document.documentElement.toggleAttribute('data-offline-now', offline);
    void this.markLanguageSwitch(offline);
  }

  private async markLanguageSwitch(offline: boolean): Promise<void> {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) {
      const id = 'offline-lang-missing';
      const missing = offline && 'caches' in window && !(await caches.match(link.href, { ignoreSearch: true }));
      let note = document.getElementById(id);
      if (missing && !note) {
        note = document.createElement('span');
        note.id = id;
        note.className = 'offline-lang-missing text-sm font-bold text-warn';
        note.textContent = this.text('langMissing', {});
        link.after(note);
        link.setAttribute('aria-describedby', id);
      } else if (!missing && note) {
        note.remove();
        link.removeAttribute('aria-describedby');
      }
    }
  }

  private complete(list: PackList | undefined): boolean {
    const stored = readItem(deviceStorage(), STORAGE_KEYS.offlineVersion(this.language));
    return stored !== undefined && (list === undefined || stored === list.version);
  }

  private chosen(): 'yes' | 'later' | undefined {
    const choice = readItem(deviceStorage(), STORAGE_KEYS.offlineChoice(this.language));
    return choice === 'yes' || choice === 'later' ? choice : undefined;
  }

  private saveData(): boolean {
    return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
  }

  /** Reads the pack list (online only) and shows, resumes or asks. */
  private async showPack(): Promise<void> {
    if (!navigator.onLine) {
      // No request while offline: what the device remembers is all there is to say.
      this.render(this.complete(undefined) ? { kind: 'ready', total: 0 } : this.chosen() === 'yes' ? this.waiting() : { kind: 'none' });
      return;
    }
    try {
      const response = await fetch(this.dataset['list'] ?? '', { cache: 'no-cache' });
      this.list = response.ok ? parsePackList(await response.json()) : undefined;
    } catch {
      this.list = undefined;
    }
    if (!this.list) return;
    const state = startState({
      complete: this.complete(this.list),
      chose: this.chosen(),
      saveData: this.saveData(),
      total: this.list.urls.length,
    });
    if (state === 'resume') await this.save(this.list);
    else this.render(state);
  }

  private waiting(): PackState {
    return { kind: 'incomplete', done: 0, total: 0, online: false };
  }

  private async resumeIfChosen(): Promise<void> {
    if (this.chosen() !== 'yes' || this.complete(this.list)) return;
    if (!this.list) await this.showPack();
    else await this.save(this.list);
  }

  private async choose(): Promise<void> {
    writeItem(deviceStorage(), STORAGE_KEYS.offlineChoice(this.language), 'yes');
    if (!this.list) await this.showPack();
    else await this.save(this.list);
  }

  /** Fetches every file not yet kept, retries failures, checks them all, and says what is true. */
  private async save(list: PackList): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const total = list.urls.length;
      // A new version replaces every file; the same version only needs what is missing.
      const sameVersion = readItem(deviceStorage(), STORAGE_KEYS.offlinePartial(this.language)) === list.version;
      writeItem(deviceStorage(), STORAGE_KEYS.offlinePartial(this.language), list.version);
      let todo = sameVersion ? await this.missing(list.urls) : [...list.urls];
      let done = total - todo.length;
      this.render({ kind: 'saving', done, total });
      for (let round = 0; todo.length > 0 && round <= RETRY_DELAYS.length && navigator.onLine; round += 1) {
        if (round > 0) await sleep(RETRY_DELAYS[round - 1] ?? 0);
        const failed: string[] = [];
        const queue = [...todo];
        const worker = async () => {
          for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
            if (!navigator.onLine) {
              failed.push(url);
              continue;
            }
            try {
              const response = await fetch(url, { cache: 'no-cache' });
              if (!response.ok) throw new Error(`${response.status}`);
              await (await caches.open(cacheFor(url))).put(url, response);
              done += 1;
              this.render({ kind: 'saving', done, total });
            } catch {
              failed.push(url);
            }
          }
        };
        await Promise.all(Array.from({ length: PARALLEL }, worker));
        todo = failed;
      }
      // "Ready" only when every file is really in the caches.
      const missing = await this.missing(list.urls);
      if (missing.length === 0) {
        writeItem(deviceStorage(), STORAGE_KEYS.offlineVersion(this.language), list.version);
        this.render({ kind: 'ready', total });
        document.documentElement.dataset['offline'] = 'ready';
      } else {
        this.render({ kind: 'incomplete', done: total - missing.length, total, online: navigator.onLine });
        document.documentElement.dataset['offline'] = 'incomplete';
      }
    } finally {
      this.busy = false;
    }
  }

  private async missing(urls: readonly string[]): Promise<string[]> {
    const caches2 = { pages: await caches.open(CACHE_NAMES.pages), search: await caches.open(CACHE_NAMES.search) };
    const out: string[] = [];
    for (const url of urls) {
      const cache = cacheFor(url) === CACHE_NAMES.search ? caches2.search : caches2.pages;
      if (!(await cache.match(url, { ignoreSearch: true, ignoreVary: true }))) out.push(url);
    }
    return out;
  }

  /** A UI string from the element's data-t-<key> attribute, placeholders filled in. */
  private text(key: string, values: Record<string, string | number>): string {
    const template = this.dataset[`t${key.charAt(0).toUpperCase()}${key.slice(1)}`] ?? '';
    return Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, String(v)), template);
  }

  private render(state: PackState): void {
    const panel = this.querySelector<HTMLElement>('.offline-pack');
    const status = this.querySelector<HTMLElement>('.offline-pack-state');
    const progress = this.querySelector<HTMLProgressElement>('.offline-progress');
    const save = this.querySelector<HTMLButtonElement>('.offline-save');
    const later = this.querySelector<HTMLButtonElement>('.offline-later');
    const again = this.querySelector<HTMLButtonElement>('.offline-again');
    if (!panel || !status || !progress || !save || !later || !again) return;
    const size = formatSize(this.list?.bytes ?? 0);
    panel.hidden = false;
    // Asking is a card at the foot of the screen, except for a reader saving data: then a quiet offer below the footer.
    panel.dataset['state'] = state.kind === 'ask' && state.saveData ? 'offer' : state.kind;
    save.hidden = !(state.kind === 'ask' || state.kind === 'none');
    save.textContent = this.text('save', { size });
    later.hidden = !(state.kind === 'ask' && !state.saveData);
    again.hidden = !(state.kind === 'incomplete' && state.online);
    progress.hidden = state.kind !== 'saving';
    switch (state.kind) {
      case 'unsupported':
        status.textContent = this.text('unsupported', {});
        break;
      case 'none':
        status.textContent = this.text('none', {});
        break;
      case 'ask':
        status.textContent = state.saveData ? `${this.text('ask', { size })} ${this.text('saveData', {})}` : this.text('ask', { size });
        break;
      case 'saving':
        progress.max = state.total;
        progress.value = state.done;
        status.textContent = this.text('saving', { done: state.done, total: state.total });
        break;
      case 'ready':
        status.textContent = state.total > 0 ? this.text('ready', { total: state.total }) : this.text('readyShort', {});
        break;
      case 'incomplete':
        status.textContent =
          state.total === 0
            ? this.text('waiting', {})
            : `${this.text('incomplete', { done: state.done, total: state.total, missing: state.total - state.done })}${state.online ? '' : ` ${this.text('waiting', {})}`}`;
        break;
    }
  }
}

if (!customElements.get('hb-offline')) customElements.define('hb-offline', Offline);
