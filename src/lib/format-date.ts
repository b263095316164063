import type { Lang } from './locales.ts';

/**
 * The one place that decides how a date is written.
 * Thai uses the Buddhist Era with abbreviated Thai month names (19 พ.ค. 2566);
 * English uses the Common Era (19 May 2023). Dates are treated as calendar days in UTC
 * so that a date written in frontmatter never shifts by a time zone.
 */
export function formatDate(date: Date, lang: Lang): string {
  if (Number.isNaN(date.getTime())) throw new Error('formatDate was given an invalid date.');
  const locale = lang === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB';
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A machine-readable date for `<time datetime>`: YYYY-MM-DD (Common Era). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
