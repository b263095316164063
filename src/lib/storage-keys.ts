/**
 * Every name the handbook keeps things under on a reader's device: localStorage keys, the
 * service worker's cache names, the field kit's database and the presenter's channel. One
 * list, read by the browser code, the service worker step and the tests, so a rename cannot
 * leave one of them behind.
 */
import type { Lang } from './locales.ts';

export const STORAGE_KEYS = {
  /** "1" while the trainer view is on. */
  trainerView: 'hb.trainerView.v1',
  /** Quiz answers and modules read (src/lib/quiz/progress-store.ts). */
  progress: 'hb.progress',
  /** The offline pack version stored for a language. */
  offlineVersion: (lang: Lang) => `hb.offline.${lang}`,
  /** The start time a trainer set for a session's agenda. */
  agendaStart: (slug: string) => `hb.agendaStart.${slug}`,
  /** When the presenter started a session's talk (speaker view timer). */
  presentStart: (lang: Lang, slug: string) => `hb.present.${lang}.${slug}.start`,
  /** "1" when the field kit may record where photos are taken. */
  fieldKitLocation: 'hb.fieldKit.location.v1',
} as const;

/** The field kit's IndexedDB database: records, their photos and the zone committee's imports. */
export const FIELD_KIT_DB = { name: 'hb-field-kit', version: 1 } as const;

/** The service worker's caches (runtime caching rules and the offline pack share them). */
export const CACHE_NAMES = {
  pages: 'hb-pages',
  search: 'hb-search',
  downloads: 'hb-downloads',
} as const;

/** The BroadcastChannel that keeps a session's audience window and speaker view in step. */
export function presenterChannel(lang: Lang, slug: string): string {
  return `hb-present-${lang}-${slug}`;
}
