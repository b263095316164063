/**
 * Normalises the BASE_PATH environment variable into the form Astro's `base` expects:
 * a leading slash and a trailing slash ("/" when unset).
 * @example readBasePath('handbook') // '/handbook/'
 */
export function readBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  if (!/^\/?[A-Za-z0-9._~\-/]+\/?$/.test(value)) {
    throw new Error(
      `BASE_PATH "${value}" is not a valid URL folder. Use letters, digits, "-", "_", "." and "/", for example BASE_PATH=/handbook/.`,
    );
  }
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return `/${trimmed}/`;
}

/**
 * Joins the site's base with a path inside the site. Paths are written from the site root
 * ("/modules/") so that authors and components never need to know the base.
 * @example withBase('/handbook/', '/modules/') // '/handbook/modules/'
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** Removes the base from a pathname, giving a path from the site root. */
export function withoutBase(base: string, pathname: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (pathname.startsWith(b)) return `/${pathname.slice(b.length)}`;
  if (`${pathname}/` === b) return '/';
  return pathname;
}

/**
 * Puts the base in front of a root-relative link written by an author ("/modules/x/"), leaving
 * external, relative, fragment-only and already-based links alone.
 * @example rebaseHref('/handbook/', '/modules/x/#a') // '/handbook/modules/x/#a'
 */
export function rebaseHref(base: string, href: string | undefined): string | undefined {
  if (!href || !href.startsWith('/') || href.startsWith('//') || base === '/' || href.startsWith(base)) return href;
  return withBase(base, href);
}
