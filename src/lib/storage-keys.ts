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
  /** Quiz answers, modules read, the workshop tests and the participant code (src/lib/quiz/progress-store.ts). */
  progress: 'hb.progress',
  /** The class a trainer collects on the class results page (src/lib/learning/class-store.ts). */
  classResults: 'hb.class',
  /** A copy of stored class data that could not be read, kept before anything new is written. */
  classBackup: 'hb.class.unreadable',
  /** The offline pack version stored completely (every file checked) for a language. */
  offlineVersion: (lang: Lang) => `hb.offline.${lang}`,
  /** The pack version a download was started for (so a resumed download keeps what it has). */
  offlinePartial: (lang: Lang) => `hb.offline.${lang}.partial`,
  /** "yes" once the reader chose to keep a language on the device, "later" when they said not now. */
  offlineChoice: (lang: Lang) => `hb.offline.${lang}.choice`,
  /** The start time a trainer set for a session's agenda. */
  agendaStart: (slug: string) => `hb.agendaStart.${slug}`,
  /** When the presenter started a session's talk (speaker view timer). */
  presentStart: (lang: Lang, slug: string) => `hb.present.${lang}.${slug}.start`,
  /** The reader's text size: "large" or "larger"; absent is normal (src/lib/text-size.ts). */
  textSize: 'hb.textSize.v1',
  /** The chapter and section a reader was last in, per language (src/lib/last-place.ts). */
  lastPlace: (lang: Lang) => `hb.lastPlace.${lang}.v1`,
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
