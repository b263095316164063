/**
 * Every PDF the build makes, with the print page it is made from: one list that the PDF step,
 * the downloads page, the session pages and the tests all read. Pure.
 */
import { LANGS, localePath, type Lang } from './locales.ts';

export type DownloadKind = 'manual-participant' | 'manual-facilitator' | 'handout' | 'trainer' | 'form';

export interface Download {
  kind: DownloadKind;
  lang: Lang;
  /** The session or form slug, for per-session and per-form files. */
  slug?: string | undefined;
  /** The print page it is made from, inside the site (no base), e.g. "/en/book/participant/". */
  page: string;
  /** The file inside the built site, e.g. "downloads/en/handbook-participant.pdf". */
  file: string;
}

/** The file name of one download, e.g. session-opening-orientation-handout.pdf. */
export function downloadFile(kind: DownloadKind, lang: Lang, slug?: string): string {
  const name =
    kind === 'manual-participant'
      ? 'handbook-participant'
      : kind === 'manual-facilitator'
        ? 'handbook-facilitator'
        : kind === 'form'
          ? `form-${slug}`
          : `session-${slug}-${kind}`;
  return `downloads/${lang}/${name}.pdf`;
}

/** The print page a download is made from, inside one language (no /en/ prefix, no base). */
export function printPage(kind: DownloadKind, slug?: string): string {
  switch (kind) {
    case 'manual-participant':
      return '/book/participant/';
    case 'manual-facilitator':
      return '/book/facilitator/';
    case 'form':
      return `/book/forms/${slug}/`;
    default:
      return `/book/sessions/${slug}/${kind}/`;
  }
}

export function downloads({ sessions, forms }: { sessions: readonly string[]; forms: readonly string[] }): Download[] {
  const list: Download[] = [];
  const add = (kind: DownloadKind, lang: Lang, slug?: string) =>
    list.push({ kind, lang, slug, page: localePath(lang, printPage(kind, slug)), file: downloadFile(kind, lang, slug) });
  for (const lang of LANGS) {
    add('manual-participant', lang);
    add('manual-facilitator', lang);
    for (const slug of sessions) {
      add('handout', lang, slug);
      add('trainer', lang, slug);
    }
    for (const slug of forms) add('form', lang, slug);
  }
  return list;
}

/** What the build publishes about the PDFs it made: downloads/index.json. */
export interface DownloadIndex {
  made: string;
  files: Array<{ file: string; bytes: number; pages: number }>;
}

/** 1536 → "1.5 KB"; 2_400_000 → "2.3 MB" (binary units, one decimal). */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Decodes the HTML entities Astro writes into <title> (&amp; &lt; &gt; &quot; &#39; &#NN;). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
