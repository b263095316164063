/**
 * Dates as the field kit keeps and shows them. A record stores a day as "YYYY-MM-DD" in the
 * Common Era (so records sort and merge the same in every language); any part still being typed
 * is left empty ("2025--14"), so a half-written date is kept as typed. Thai shows the Buddhist
 * Era (14 กันยายน 2568), English the Common Era. Pure.
 */
import type { Lang } from '../locales.ts';

/** Years between the Common Era and the Buddhist Era as used in Thailand. */
export const BE_OFFSET = 543;

export interface DateParts {
  /** Year in the Common Era. */
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
}

const num = (s: string | undefined): number | undefined => (s && /^\d+$/.test(s) ? Number(s) : undefined);

/** Splits a stored date ("2025-09-14", "2025--14", "") into its parts. */
export function dateParts(value: string): DateParts {
  const [y, m, d] = value.split('-');
  return { year: num(y), month: num(m), day: num(d) };
}

/** Joins parts into the stored form, leaving missing parts empty; "" when all are missing. */
export function dateValue({ year, month, day }: DateParts): string {
  if (year === undefined && month === undefined && day === undefined) return '';
  const pad = (n: number | undefined, width: number) => (n === undefined ? '' : String(n).padStart(width, '0'));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True when the parts make a real calendar day (no 31 September, no 29 February 2025). */
export function isRealDate({ year, month, day }: DateParts): boolean {
  if (year === undefined || month === undefined || day === undefined) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year a reader types in their language: Buddhist Era in Thai, Common Era in English. */
export function displayYear(ceYear: number, lang: Lang): number {
  return lang === 'th' ? ceYear + BE_OFFSET : ceYear;
}

/** The Common Era year from what the reader typed in their language. */
export function ceYear(typed: number, lang: Lang): number {
  return lang === 'th' ? typed - BE_OFFSET : typed;
}

/** Today's date in the stored form, on the device's calendar day. */
export function todayValue(now: Date = new Date()): string {
  return dateValue({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Lang, month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${lang}-${month}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB', {
      day: 'numeric',
      month,
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

/** The month names of a language, January first. */
export function monthNames(lang: Lang, month: 'long' | 'short' = 'long'): string[] {
  const f = new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', { month, timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2024, i, 1))));
}

/**
 * A stored date as a reader reads it: "14 กันยายน 2568" / "14 September 2025". A date still
 * being written shows the parts it has; text that is not a stored date is shown as it is.
 */
export function formatDateValue(value: string, lang: Lang, month: 'long' | 'short' = 'long'): string {
  if (!/^\d{0,4}-\d{0,2}-\d{0,2}$/.test(value)) return value;
  const parts = dateParts(value);
  if (isRealDate(parts)) return formatter(lang, month).format(new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!)));
  const names = monthNames(lang, month);
  return [parts.day, parts.month ? names[parts.month - 1] : undefined, parts.year === undefined ? undefined : displayYear(parts.year, lang)]
    .filter((p) => p !== undefined)
    .join(' ');
}

/** A stored date written with digits for a table: 14/09/2568 in Thai, 2025-09-14 in English. */
export function numericDate(value: string, lang: Lang): string {
  const parts = dateParts(value);
  if (!isRealDate(parts)) return value;
  if (lang === 'en') return value;
  return `${String(parts.day).padStart(2, '0')}/${String(parts.month).padStart(2, '0')}/${displayYear(parts.year!, lang)}`;
}
