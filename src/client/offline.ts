/**
 * <hb-offline>: registers the service worker and, after the first visit, stores every page and
 * the search index of the reader's language in the caches the worker reads from, so modules,
 * sessions, the glossary, search and quizzes work in the field without signal. A reader who
 * asked the browser to save data gets nothing downloaded in the background.
 */
import { readItem, writeItem } from '../lib/safe-storage.ts';
import { deviceStorage } from './device-storage.ts';
import { CACHE_NAMES, STORAGE_KEYS } from '../lib/storage-keys.ts';

const PAGES = CACHE_NAMES.pages;
const SEARCH = CACHE_NAMES.search;

class Offline extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['enabled'] !== 'true' || !('serviceWorker' in navigator)) return;
    void this.start();
  }

  private async start(): Promise<void> {
    try {
      const registration = await navigator.serviceWorker.register(this.dataset['sw'] ?? '', { scope: this.dataset['scope'] ?? '/' });
      this.watchForUpdates(registration);
      await navigator.serviceWorker.ready;
      await this.keepLanguageOffline();
    } catch {
      // Offline support is an extra: the page works the same without it.
    }
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

  private async keepLanguageOffline(): Promise<void> {
    const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
    if (connection?.saveData || !('caches' in window)) return;
    const response = await fetch(this.dataset['list'] ?? '', { cache: 'no-cache' });
    if (!response.ok) return;
    const list = (await response.json()) as { version: string; urls: string[] };
    const key = STORAGE_KEYS.offlineVersion(this.dataset['lang'] === 'en' ? 'en' : 'th');
    if (readItem(deviceStorage(), key) === list.version) return this.ready();
    const [pages, search] = await Promise.all([caches.open(PAGES), caches.open(SEARCH)]);
    // A few at a time, so a weak connection is not flooded.
    const queue = [...list.urls];
    const worker = async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        const cache = url.includes('/pagefind/') ? search : pages;
        try {
          await cache.add(url);
        } catch {
          // One missing file must not stop the rest; the next visit tries again.
        }
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    writeItem(deviceStorage(), key, list.version);
    this.ready();
  }

  private ready(): void {
    document.documentElement.dataset['offline'] = 'ready';
    const status = this.querySelector<HTMLElement>('.offline-ready');
    if (status && !status.textContent) status.textContent = status.dataset['text'] ?? '';
  }
}

if (!customElements.get('hb-offline')) customElements.define('hb-offline', Offline);
