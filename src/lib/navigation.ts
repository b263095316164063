/** Ordering and previous/next links between pages of one kind. Pure. */

export interface Orderable {
  slug: string;
  /** Sort keys, compared left to right (for sessions: day, then order). */
  sortKey: readonly number[];
}

export function sortByKey<T extends Orderable>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    for (let i = 0; i < Math.max(a.sortKey.length, b.sortKey.length); i += 1) {
      const d = (a.sortKey[i] ?? 0) - (b.sortKey[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.slug.localeCompare(b.slug);
  });
}

/** The items before and after `slug` in an ordered list. */
export function neighbours<T extends { slug: string }>(ordered: readonly T[], slug: string): { prev: T | undefined; next: T | undefined } {
  const index = ordered.findIndex((item) => item.slug === slug);
  if (index === -1) return { prev: undefined, next: undefined };
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}

/** Groups items by a number (sessions by workshop day), keeping order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => number): Array<[number, T[]]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]);
}
