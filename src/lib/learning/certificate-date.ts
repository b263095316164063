/**
 * The date on a certificate of completion, written out in full: Thai with the Buddhist Era
 * ("1 ธันวาคม พ.ศ. 2569"), English with both eras ("1 December 2026 (B.E. 2569)"). Month names are
 * written here, not taken from the browser, so that every device prints the same words. Pure.
 */
import type { Lang } from '../locales.ts';

const MONTHS: Record<Lang, readonly string[]> = {
  th: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The Buddhist Era year of a Common Era year. */
export const buddhistYear = (year: number): number => year + 543;

/** `day` is YYYY-MM-DD; throws on anything else. */
export function certificateDate(day: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = MONTHS[lang][Number(match?.[2]) - 1];
  if (!match || !month || Number(match[3]) < 1 || Number(match[3]) > 31)
    throw new RangeError(`Not a date: "${day}" (expected YYYY-MM-DD).`);
  const year = Number(match[1]);
  const date = Number(match[3]);
  return lang === 'th' ? `${date} ${month} พ.ศ. ${buddhistYear(year)}` : `${date} ${month} ${year} (B.E. ${buddhistYear(year)})`;
}
