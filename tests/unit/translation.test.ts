import { describe, expect, it } from 'vitest';
import { freshness, recordedHash, sourceHash, stamp } from '../../scripts/lib/translation.ts';

describe('translation freshness', () => {
  const thai = '---\ntitle: ทุจริต\n---\n\nเนื้อหา\n';
  const english = '---\ntitle: Corruption\n---\n\nText\n';
  it('stamps an English file with the hash of its Thai original', () => {
    const stamped = stamp(english, sourceHash(thai), 'mdx');
    expect(stamped.startsWith(`---\ntranslatedFrom: '${sourceHash(thai)}'\ntitle:`)).toBe(true);
    expect(recordedHash(stamped)).toBe(sourceHash(thai));
    expect(freshness(thai, stamped)).toBe('current');
    expect(stamp('th: a\nen: b\n', 'abcdef123456', 'yaml')).toBe("translatedFrom: 'abcdef123456'\nth: a\nen: b\n");
  });
  it('reports a changed Thai page as stale, and re-stamping makes it current', () => {
    const stamped = stamp(english, sourceHash(thai), 'mdx');
    const changedThai = thai.replace('เนื้อหา', 'เนื้อหาใหม่');
    expect(freshness(changedThai, stamped)).toBe('stale');
    const restamped = stamp(stamped, sourceHash(changedThai), 'mdx');
    expect(freshness(changedThai, restamped)).toBe('current');
    expect(restamped.match(/translatedFrom/g)).toHaveLength(1);
  });
  it('tells missing and unstamped translations apart', () => {
    expect(freshness(thai, undefined)).toBe('missing');
    expect(freshness(thai, english)).toBe('unstamped');
  });
});
