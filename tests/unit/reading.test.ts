/**
 * The pure parts of reading on a phone: the glossary's letter index and filter, the text size,
 * the reader's last place, the module badges and the share tags.
 */
import { describe, expect, it } from 'vitest';
import { filterTerms, groupByLetter, indexLetter, letterId, matchesFilter } from '../../src/lib/glossary-index.ts';
import { parseTextSize, readTextSize, saveTextSize } from '../../src/lib/text-size.ts';
import { lastPlaceHref, parseLastPlace, readLastPlace, saveLastPlace } from '../../src/lib/last-place.ts';
import { moduleBadges } from '../../src/lib/module-badges.ts';
import { emptyProgress, recordQuiz, recordRead } from '../../src/lib/quiz/progress-store.ts';
import { ogType, readShareCard, shareDescription, shareImageFile } from '../../src/lib/share.ts';
import { decodeEntities } from '../../src/lib/downloads.ts';
import { TEXT_SIZE_BOOT } from '../../src/lib/inline-scripts.ts';
import { STORAGE_KEYS } from '../../src/lib/storage-keys.ts';
import { brokenStorage, memoryStorage } from './fake-storage.ts';

describe('glossary index letters', () => {
  // Thai terms under their first consonant, skipping a leading vowel; Latin ones under their capital; anything else under #.
  it.each([
    ['กองทุน ป.ป.ช.', 'ก'],
    ['เงินแผ่นดิน', 'ง'],
    ['แผนการจัดซื้อจัดจ้าง', 'ผ'],
    ['โครงการ', 'ค'],
    ['ไม่ทน', 'ม'],
    ['ใบเสร็จ', 'บ'],
    ['ACT Ai', 'A'],
    ['bribery', 'B'],
    ['“state official”', 'S'],
    ['2560 constitution', '#'],
  ])('files %s under %s', (term, letter) => {
    expect(indexLetter(term)).toBe(letter);
  });
  it('groups a sorted list in order, with ASCII ids', () => {
    const groups = groupByLetter(['ACT Ai', 'กองทุน', 'การค้า', 'เงิน', 'ของ'], (x) => x);
    expect(groups.map((g) => [g.letter, g.items.length])).toEqual([
      ['A', 1],
      ['ก', 2],
      ['ง', 1],
      ['ข', 1],
    ]);
    expect(letterId('ก')).toBe('letter-e01');
    expect(letterId('#')).toBe('letter-other');
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
  });
});

describe('glossary filter', () => {
  const terms = [
    { names: ['ผลประโยชน์ทับซ้อน (conflict of interest)'], definition: 'สถานการณ์ที่เจ้าหน้าที่มีประโยชน์ส่วนตัว' },
    { names: ['สินบน (bribery)'], definition: 'การให้ทรัพย์สินเพื่อจูงใจเจ้าหน้าที่ให้ทุจริต' },
    { names: ['การทุจริตต่อหน้าที่ (corruption in office)'], definition: 'ใช้ตำแหน่งหาประโยชน์' },
  ];
  it('matches Thai inside words, English in any case, every word given', () => {
    expect(matchesFilter(['ผลประโยชน์ทับซ้อน'], 'ทับซ้อน')).toBe(true);
    expect(matchesFilter(['Conflict of Interest'], '  conflict   INTEREST ')).toBe(true);
    expect(matchesFilter(['Conflict of Interest'], 'conflict bribe')).toBe(false);
  });
  it('shows the terms whose names match before looking in definitions', () => {
    expect(filterTerms(terms, 'ทุจริต')).toEqual({ shown: [false, false, true], by: 'name' });
  });
  it('falls back to definitions when no name matches, and says when nothing does', () => {
    expect(filterTerms(terms, 'จูงใจ')).toEqual({ shown: [false, true, false], by: 'definition' });
    expect(filterTerms(terms, 'คอมพิวเตอร์')).toEqual({ shown: [false, false, false], by: 'none' });
  });
  it('shows everything for an empty filter', () => {
    expect(filterTerms(terms, '   ')).toEqual({ shown: [true, true, true], by: 'all' });
  });
});

describe('text size', () => {
  it('reads only known sizes; anything else is normal', () => {
    expect(parseTextSize('large')).toBe('large');
    expect(parseTextSize('huge')).toBe('normal');
    expect(parseTextSize(null)).toBe('normal');
  });
  it('is remembered, and storage that refuses never throws', () => {
    const storage = memoryStorage();
    expect(saveTextSize(storage, 'larger')).toBe(true);
    expect(readTextSize(storage)).toBe('larger');
    expect(saveTextSize(brokenStorage, 'large')).toBe(false);
    expect(readTextSize(brokenStorage)).toBe('normal');
  });
  it('is applied before the first paint by the boot script, for stored sizes only', () => {
    const run = (stored: string | null) => {
      const attrs: Record<string, string> = {};
      const localStorage = { getItem: () => stored };
      const document = { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } };
      new Function('localStorage', 'document', TEXT_SIZE_BOOT)(localStorage, document);
      return attrs['data-text-size'];
    };
    expect(run('larger')).toBe('larger');
    expect(run('normal')).toBeUndefined();
    expect(run('<script>')).toBeUndefined();
    expect(TEXT_SIZE_BOOT).toContain(STORAGE_KEYS.textSize);
  });
});

describe('last place', () => {
  const place = {
    path: '/modules/what-is-corruption/',
    title: 'ทุจริตคืออะไร',
    section: { slug: 'สินบน', text: 'สินบน' },
    at: '2026-12-01T08:00:00.000Z',
  };
  it('is kept per language and read back', () => {
    const storage = memoryStorage();
    expect(saveLastPlace(storage, 'th', place)).toBe(true);
    expect(readLastPlace(storage, 'th')).toEqual(place);
    expect(readLastPlace(storage, 'en')).toBeUndefined();
  });
  it('drops corrupt, foreign or unsafe records', () => {
    expect(parseLastPlace('{not json')).toBeUndefined();
    expect(parseLastPlace(JSON.stringify({ ...place, path: 'https://evil.example/' }))).toBeUndefined();
    expect(parseLastPlace(JSON.stringify({ ...place, path: '/glossary/' }))).toBeUndefined();
    expect(parseLastPlace(JSON.stringify({ ...place, at: 'yesterday' }))).toBeUndefined();
    expect(parseLastPlace(JSON.stringify({ ...place, section: { slug: '"><img>', text: 'x' } }))).toEqual({ ...place, section: undefined });
    expect(readLastPlace(brokenStorage, 'th')).toBeUndefined();
  });
  it('links to the chapter at its section', () => {
    const href = (p: string) => `/handbook${p}`;
    expect(lastPlaceHref(place, href)).toBe('/handbook/modules/what-is-corruption/#%E0%B8%AA%E0%B8%B4%E0%B8%99%E0%B8%9A%E0%B8%99');
    expect(lastPlaceHref({ ...place, section: undefined }, href)).toBe('/handbook/modules/what-is-corruption/');
  });
});

describe('module badges', () => {
  it('say read and the best score of this language once a question is answered', () => {
    let progress = recordRead(emptyProgress(), 'bribery', new Date());
    expect(moduleBadges(progress, 'th', 'bribery')).toEqual({ read: true, score: undefined });
    progress = recordQuiz(progress, 'th/bribery', { q1: ['0'] }, 1, 5, new Date());
    progress = recordQuiz(progress, 'th/bribery', { q1: ['1'] }, 0, 5, new Date());
    expect(moduleBadges(progress, 'th', 'bribery')).toEqual({ read: true, score: { best: 1, total: 5 } });
    expect(moduleBadges(progress, 'en', 'bribery').score).toBeUndefined();
    expect(moduleBadges(progress, 'th', 'other')).toEqual({ read: false, score: undefined });
  });
});

describe('share tags', () => {
  // One preview image per page and language; chapters are articles.
  it.each([
    ['th', '/', 'og/card.png', 'website'],
    ['en', '/', 'og/en/card.png', 'website'],
    ['en', '/modules/x/', 'og/en/modules/x/card.png', 'article'],
    ['th', '/sessions/x/', 'og/sessions/x/card.png', 'article'],
    ['th', '/modules/', 'og/modules/card.png', 'website'],
  ] as const)('give %s %s the image %s and the type %s', (lang, path, image, type) => {
    expect(shareImageFile(lang, path)).toBe(image);
    expect(ogType(path)).toBe(type);
  });
  it('cut long descriptions at a space with an ellipsis', () => {
    const text = shareDescription(`${'word '.repeat(60)}end`);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text.endsWith('word…')).toBe(true);
    expect(shareDescription('short  text\n')).toBe('short text');
  });
  it('are read back from a built page', () => {
    const html = `<html lang="th"><head><meta property="og:site_name" content="คู่มือ"><meta property="og:title" content="ทุจริต &amp; สินบน">
      <meta property="og:description" content="สรุป"><meta property="og:image" content="https://h.go.th/og/card.png"></head><body></body></html>`;
    expect(readShareCard(html, decodeEntities)).toEqual({
      image: 'https://h.go.th/og/card.png',
      title: 'ทุจริต & สินบน',
      description: 'สรุป',
      siteName: 'คู่มือ',
      lang: 'th',
    });
    expect(readShareCard('<html><head><meta property="og:title" content="x"></head></html>', decodeEntities)).toBeUndefined();
  });
});
