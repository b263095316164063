import { describe, expect, it } from 'vitest';
import { allWords, combineHits, expandQuery, MAX_QUERY_LENGTH, normaliseQuery, planQuery } from '../../src/lib/search-query.ts';
import { atomsFrom, encodeUnit, queryWords, units } from '../../src/lib/search-tokens.ts';
import { phrase, type Postings } from '../../src/lib/search-index-reader.ts';

const atoms = atomsFrom(['ข้าว', 'ขาว', 'นา', 'ปลูก', 'ผ้า', 'สี', 'การ', 'เมือง', 'ทาง', 'ประชุม', 'งบ', 'ประมาณ', 'ปี']);

/** An index built the way the build builds it: each page's units, coded, with their positions. */
function index(pages: string[]): Postings {
  const postings: Postings = new Map();
  pages.forEach((text, page) => {
    units(text, atoms).forEach((unit, position) => {
      if (unit.kind === 'gap') return;
      const word = encodeUnit(unit);
      const map = postings.get(word) ?? new Map<number, number[]>();
      map.set(page, [...(map.get(page) ?? []), position]);
      postings.set(word, map);
    });
  });
  return postings;
}

describe('search query handling', () => {
  it('normalises spaces and case, and reads at most MAX_QUERY_LENGTH characters', () => {
    expect(normaliseQuery('  Conflict   of Interest ')).toBe('conflict of interest');
    expect([...normaliseQuery('ก'.repeat(500))].length).toBe(MAX_QUERY_LENGTH);
  });
  it('expands a variant to its group, query first', () => {
    const groups = [
      ['คอร์รัปชัน', 'คอรัปชั่น'],
      ['ผลประโยชน์ทับซ้อน', 'conflict of interest'],
    ];
    expect(expandQuery('คอรัปชั่น', groups)).toEqual(['คอรัปชั่น', 'คอร์รัปชัน']);
    expect(expandQuery('Conflict of Interest', groups)).toEqual(['conflict of interest', 'ผลประโยชน์ทับซ้อน']);
    expect(expandQuery('ทุจริต', groups)).toEqual(['ทุจริต']);
    expect(expandQuery('  ', groups)).toEqual([]);
  });
  it('keeps Thai marks exact: ข้าว does not find ขาว', () => {
    const postings = index(['ผ้าสีขาว', 'ปลูกข้าวในนา']);
    expect([...phrase(postings, queryWords('ข้าว', atoms)).keys()]).toEqual([1]);
    expect([...phrase(postings, queryWords('ขาว', atoms)).keys()]).toEqual([0]);
  });
  it('finds a word inside a compound, but not a shorter word in its place', () => {
    const postings = index(['ผู้ดำรงตำแหน่งทางการเมือง', 'การประชุม', 'ปีงบประมาณ 2566']);
    expect([...phrase(postings, queryWords('การเมือง', atoms)).keys()]).toEqual([0]);
    expect([...phrase(postings, queryWords('งบประมาณ', atoms)).keys()]).toEqual([2]);
    expect([...phrase(postings, queryWords('เมืองการ', atoms)).keys()]).toEqual([]);
  });
  it('does not match across a space in the text', () => {
    const postings = index(['งบ ประมาณ']);
    expect(phrase(postings, queryWords('งบประมาณ', atoms)).size).toBe(0);
  });
  it('needs every part of a multi-part query, and ranks title matches first', () => {
    const plan = planQuery('nacc report', [], atoms);
    const postings = index(['report corruption to the NACC', 'report corruption', 'the NACC: how to report']);
    const found = plan.map((t) => t.parts.map((p) => phrase(postings, p.words)));
    const titles = ['Reporting', 'Report', 'Report to the NACC'];
    const hits = combineHits(plan, found, (page) => ({ title: titles[page] ?? '', units: 10 }));
    expect(hits.map((h) => h.page)).toEqual([2, 0]);
    expect(allWords(plan).length).toBe(2);
  });
  it('prefers what was typed over an equivalent, and lists each page once', () => {
    const plan = planQuery('ข้าว', [['ข้าว', 'ขาว']], atoms);
    const postings = index(['ขาว ข้าว', 'ขาว']);
    const found = plan.map((t) => t.parts.map((p) => phrase(postings, p.words)));
    const hits = combineHits(plan, found, () => ({ title: '', units: 5 }));
    expect(hits.map((h) => [h.page, h.term])).toEqual([
      [0, 'ข้าว'],
      [1, 'ขาว'],
    ]);
  });
});
