/**
 * The PDFs the build makes, and the size labels the downloads page shows. Pure.
 */
export interface PdfJob {
  /** Path of the source page inside the site (no base), e.g. "/en/book/participant/". */
  page: string;
  /** Output file inside the site, e.g. "downloads/en/handbook-participant.pdf". */
  file: string;
  lang: 'th' | 'en';
  title: string;
  /**
   * The manuals need Vivliostyle (contents with page numbers, running chapter headers); a
   * session pack is short and has one title, so Chromium's own printing, which is much faster,
   * does it with the title as its running header.
   */
  engine: 'vivliostyle' | 'chromium';
}

export function pdfJobs(sessions: readonly string[], titleOf: (page: string) => string): PdfJob[] {
  const jobs: PdfJob[] = [];
  for (const lang of ['th', 'en'] as const) {
    const prefix = lang === 'th' ? '' : '/en';
    for (const edition of ['participant', 'facilitator'] as const) {
      jobs.push({
        page: `${prefix}/book/${edition}/`,
        file: `downloads/${lang}/handbook-${edition}.pdf`,
        lang,
        title: titleOf(`${prefix}/book/${edition}/`),
        engine: 'vivliostyle',
      });
    }
    for (const slug of sessions) {
      jobs.push({
        page: `${prefix}/book/sessions/${slug}/`,
        file: `downloads/${lang}/session-${slug}.pdf`,
        lang,
        title: titleOf(`${prefix}/book/sessions/${slug}/`),
        engine: 'chromium',
      });
    }
  }
  return jobs;
}

/** 1536 → "1.5 KB"; 2_400_000 → "2.3 MB" (binary units, one decimal). */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Fills <span data-pdf-size="downloads/th/x.pdf"></span> placeholders in a built page. */
export function fillSizes(html: string, sizes: Readonly<Record<string, string>>): string {
  return html.replace(/(<span[^>]*data-pdf-size="([^"]+)"[^>]*>)[^<]*(<\/span>)/g, (whole, open: string, file: string, close: string) =>
    sizes[file] ? `${open}${sizes[file]}${close}` : whole,
  );
}

/** Decodes the HTML entities Astro and poppler write (&amp; &lt; &gt; &quot; &#39; &apos; &#NN;). */
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
