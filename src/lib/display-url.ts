/**
 * A web address as people read it in a source list, on screen and on paper: Thai letters instead
 * of %E0%B8… codes, and places where a line may break after "/", "?", "&", "=", "-" and "_", or
 * between the Thai words of a long part, so no address runs off the page and none is cut inside
 * a word. Returns the pieces to print with a break opportunity (<wbr>) between them. Pure.
 */

/** Parts longer than this are also broken between their words. */
const LONG_PART = 24;

export function displayUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

export function urlPieces(url: string): string[] {
  const text = displayUrl(url);
  // The scheme stays with the host ("https://www.nacc.go.th/"); after it, a piece ends after
  // each separator, which stays at the end of its piece.
  const scheme = /^[a-z]+:\/\//i.exec(text)?.[0] ?? '';
  const parts = text
    .slice(scheme.length)
    .split(/(?<=[/?&=_-])/)
    .filter(Boolean);
  if (parts.length > 0) parts[0] = scheme + parts[0];
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  return parts.flatMap((part) => {
    if ([...part].length <= LONG_PART || !/[\u0E00-\u0E7F]/.test(part)) return [part];
    return [...segmenter.segment(part)].map((s) => s.segment);
  });
}
