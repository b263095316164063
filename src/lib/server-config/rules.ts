/**
 * What the server files (apache.ts, nginx.ts, headers-file.ts) derive alike from policy.ts:
 * the language folders with their 404 pages, the content types grouped by type, and the pattern
 * of the files named by their content. Pure.
 */
import { CONTENT_TYPES, FOLDER_LANGS, HASHED_FILE, HASHED_FOLDERS, languageFolder, notFoundPage } from './policy.ts';

/** A string as it stands inside a regular expression (also "#", the delimiter of Apache's m#…#). */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\#]/g, '\\$&');

/** Each language with a folder of its own: the folder inside the site ("en/") and its 404 page at `base`. */
export function languageFolders(base: string): { folder: string; notFound: string }[] {
  return FOLDER_LANGS.map((lang) => ({ folder: languageFolder(lang), notFound: `${base}${notFoundPage(languageFolder(lang))}` }));
}

/** The site's content types, each with its extensions (without the dot), in the order of CONTENT_TYPES. */
export function extensionsByType(): [type: string, exts: string[]][] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES)) byType.set(type, [...(byType.get(type) ?? []), ext]);
  return [...byType];
}

/** A regular expression (no anchor) for the paths inside the site of the files named by their content. */
export const hashedPattern = () => [...HASHED_FOLDERS.map(escapeRegex), HASHED_FILE.source.slice(1)].join('|');
