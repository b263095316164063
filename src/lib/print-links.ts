/**
 * Links in printed documents. A PDF is read away from the site, so a link to a page of the site
 * must never point at the machine that made the PDF: with a public address it becomes that
 * address; without one it is no link at all (the words stay). Links inside the document (#…) and
 * to other sites stay as they are. Pure: HTML in, HTML out.
 */

const TAG = /<!--[\s\S]*?-->|<(?:[^"'>]|"[^"]*"|'[^']*')*>/g;
const HREF = /\shref="([^"]*)"/;

/**
 * @param site the public address with a trailing slash, or undefined
 * @param base the site's base path ("/" or "/handbook/")
 */
export function printLinks(html: string, site: string | undefined, base: string): string {
  let openedAsSpan = false;
  return html.replace(TAG, (tag) => {
    if (/^<a[\s>]/i.test(tag)) {
      const href = HREF.exec(tag)?.[1];
      if (href === undefined || !href.startsWith('/') || href.startsWith('//')) return tag;
      if (site) {
        const path = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\//, '');
        return tag.replace(HREF, ` href="${new URL(path, site).href}"`);
      }
      openedAsSpan = true;
      return `<span class="site-ref">`;
    }
    if (/^<\/a\s*>/i.test(tag) && openedAsSpan) {
      openedAsSpan = false;
      return '</span>';
    }
    return tag;
  });
}
