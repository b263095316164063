/**
 * Why an address is not on the device, for the offline page: a page in the other language than
 * the page's own, a print edition, a PDF, or anything else (not saved yet, or mistyped). Pure.
 */
export type MissingReason = 'other' | 'book' | 'pdf' | 'unknown';

export function missingReason(path: string, base: string, lang: 'th' | 'en'): MissingReason {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\/+/u, '');
  if (/\.pdf$/iu.test(inside)) return 'pdf';
  const english = inside === 'en' || inside.startsWith('en/');
  const rest = english ? inside.replace(/^en\/?/u, '') : inside;
  if (/^(book|print)(\/|$)/u.test(rest)) return 'book';
  if (english !== (lang === 'en')) return 'other';
  return 'unknown';
}
