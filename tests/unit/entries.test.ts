import { describe, expect, it } from 'vitest';
import { localizeEntries, missingTranslations, parseEntryId } from '../../src/lib/entries.ts';
import { groupBy, neighbours, sortByKey } from '../../src/lib/navigation.ts';

describe('content entries', () => {
  it('parses language and slug from an entry id', () => {
    expect(parseEntryId('th/what-is-corruption')).toEqual({ lang: 'th', slug: 'what-is-corruption' });
    expect(() => parseEntryId('fr/x')).toThrow(/language folder/);
    expect(() => parseEntryId('what-is-corruption')).toThrow(/language folder/);
  });

  const entries = [{ id: 'th/a' }, { id: 'en/a' }, { id: 'th/b' }];
  it('uses the translation when there is one and falls back to Thai with a flag', () => {
    const en = localizeEntries(entries, 'en');
    expect(en.find((e) => e.slug === 'a')).toMatchObject({ entry: { id: 'en/a' }, isFallback: false, contentLang: 'en' });
    expect(en.find((e) => e.slug === 'b')).toMatchObject({ entry: { id: 'th/b' }, isFallback: true, contentLang: 'th' });
    expect(localizeEntries(entries, 'th').every((e) => !e.isFallback)).toBe(true);
  });
  it('refuses a translation without a Thai original', () => {
    expect(() => localizeEntries([{ id: 'en/orphan' }], 'en')).toThrow(/not in Thai/);
  });
  it('lists pages missing a translation', () => {
    expect(
      missingTranslations(
        entries.map((e) => e.id),
        'en',
      ),
    ).toEqual(['b']);
  });
});

describe('navigation', () => {
  const items = [
    { slug: 'c', sortKey: [2, 1] },
    { slug: 'a', sortKey: [1, 2] },
    { slug: 'b', sortKey: [1, 1] },
  ];
  it('sorts by day then order', () => {
    expect(sortByKey(items).map((i) => i.slug)).toEqual(['b', 'a', 'c']);
  });
  it('finds previous and next', () => {
    const ordered = sortByKey(items);
    expect(neighbours(ordered, 'a')).toEqual({ prev: ordered[0], next: ordered[2] });
    expect(neighbours(ordered, 'b').prev).toBeUndefined();
    expect(neighbours(ordered, 'zzz')).toEqual({ prev: undefined, next: undefined });
  });
  it('groups by day', () => {
    expect(groupBy(sortByKey(items), (i) => i.sortKey[0] ?? 0).map(([d, g]) => [d, g.length])).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });
});
