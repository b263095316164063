/**
 * Where a reader was last: the chapter (module or session page) and the section of it they were
 * reading, kept on the device per language so that the home page and the module list can offer
 * "continue where you left off". Pure apart from the storage passed in; corrupt or foreign data
 * reads as "nowhere yet".
 *
 * Stored shape: { path: "/modules/x/", title: "…", section?: { slug, text }, at: ISO date }.
 * `path` is the page's path inside its language (no base, no language prefix).
 */
import { readItem, writeItem, type StorageLike } from './safe-storage.ts';
import { STORAGE_KEYS } from './storage-keys.ts';
import type { Lang } from './locales.ts';

export interface LastPlace {
  path: string;
  title: string;
  section?: { slug: string; text: string } | undefined;
  at: string;
}

/** Only chapter pages are places to come back to. */
const CHAPTER_PATH = /^\/(modules|sessions)\/[a-z0-9-]+\/$/;
const SLUG = /^[\w\u0E00-\u0E7F-]+$/;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;

export function parseLastPlace(raw: string | undefined): LastPlace | undefined {
  if (!raw) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(data) || !isText(data['path'], 200) || !CHAPTER_PATH.test(data['path']) || !isText(data['title'], 300)) return undefined;
  if (!isText(data['at'], 40) || Number.isNaN(Date.parse(data['at']))) return undefined;
  const section = data['section'];
  const place: LastPlace = { path: data['path'], title: data['title'], at: data['at'] };
  if (isObject(section) && isText(section['slug'], 200) && SLUG.test(section['slug']) && isText(section['text'], 300)) {
    place.section = { slug: section['slug'], text: section['text'] };
  }
  return place;
}

export function readLastPlace(storage: StorageLike | undefined, lang: Lang): LastPlace | undefined {
  return parseLastPlace(readItem(storage, STORAGE_KEYS.lastPlace(lang)));
}

export function saveLastPlace(storage: StorageLike | undefined, lang: Lang, place: LastPlace): boolean {
  return writeItem(storage, STORAGE_KEYS.lastPlace(lang), JSON.stringify(place));
}

/** The address to go back to: the chapter, at the section when there is one. */
export function lastPlaceHref(place: LastPlace, pageHref: (path: string) => string): string {
  return `${pageHref(place.path)}${place.section ? `#${encodeURIComponent(place.section.slug)}` : ''}`;
}
