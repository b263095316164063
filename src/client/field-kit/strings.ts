/**
 * The field kit's UI strings in the page's language, from the JSON the page carries
 * (src/components/forms/client-strings.ts), with the same translator as the server.
 */
import { createTranslator, type Translator } from '../../lib/translate.ts';

export type FieldKitKey = `fieldKit.${string}`;

export function pageStrings(): Translator<FieldKitKey> {
  let dict: Record<string, string> = {};
  try {
    dict = JSON.parse(document.getElementById('fk-strings')?.textContent ?? '{}') as Record<string, string>;
  } catch {
    // Without its strings the kit still works; keys are shown instead of words.
  }
  const t = createTranslator(dict as Record<FieldKitKey, string>);
  return (key, vars) => {
    try {
      return t(key, vars);
    } catch {
      return key;
    }
  };
}

/** A byte count as people read it: "820 KB", "3.4 MB". */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value)} ${units[unit]}`;
}

/** A moment as a short local date and time: "14 ก.ย. 2568 10:42". */
export function formatMoment(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
