import { describe, expect, it } from 'vitest';
import {
  atomsFrom,
  decodeUnit,
  deriveAtoms,
  encodeUnit,
  indexText,
  pieces,
  queryWords,
  splitThai,
  thaiWords,
  units,
} from '../../src/lib/search-tokens.ts';

describe('index units', () => {
  it('cuts text into Thai runs, words, marks and gaps', () => {
    expect(pieces('ป.ป.ช. e-GP  ๒๕๖๖ ชาติฯ').map((p) => `${p.kind}:${p.text}`)).toEqual([
      'thai:ป',
      'mark:.',
      'thai:ป',
      'mark:.',
      'thai:ช',
      'mark:.',
      'gap: ',
      'word:e',
      'mark:-',
      'word:GP',
      'gap: ',
      'mark:๒๕๖๖',
      'gap: ',
      'thai:ชาติ',
      'mark:ฯ',
    ]);
  });
  it('derives atoms that leave compounds out, and cuts Thai into the fewest atoms', () => {
    const atoms = atomsFrom(deriveAtoms(['ปี', 'งบ', 'ประมาณ', 'ปีงบประมาณ', 'ทาง', 'การ', 'เมือง', 'ทางการ']));
    expect([...atoms.set].sort()).toEqual(['การ', 'งบ', 'ทาง', 'ประมาณ', 'ปี', 'เมือง'].sort());
    expect(splitThai('ปีงบประมาณ', atoms)).toEqual(['ปี', 'งบ', 'ประมาณ']);
    expect(splitThai('ทางการเมือง', atoms)).toEqual(['ทาง', 'การ', 'เมือง']);
    // A letter outside every atom stands alone, with its marks, never split from them.
    expect(splitThai('ข้าวงบ', atoms)).toEqual(['ข้', 'า', 'ว', 'งบ']);
  });
  it('codes every unit so that Pagefind keeps it, and back', () => {
    const atoms = atomsFrom(['ข้าว']);
    const list = units('Gifts ข้าว สขร.1', atoms);
    const codes = list.map(encodeUnit);
    for (const code of codes.filter((c) => c !== '·')) expect(code).toMatch(/^[a-hrsxz][a-z]*ß$/u);
    expect(codes.filter((c) => c !== '·').map(decodeUnit)).toEqual(['gift', 'ข้าว', 'ส', 'ข', 'ร', '.', '1']);
    expect(indexText(list).split(' ')).toHaveLength(list.length);
    // No code is the beginning of another.
    expect(encodeUnit({ text: 'ขา', kind: 'thai' }).startsWith(encodeUnit({ text: 'ข', kind: 'thai' }).slice(0, -1) + 'ß')).toBe(false);
  });
  it('cuts a query the way it cuts the pages, English by stem', () => {
    const atoms = atomsFrom(['งบ', 'ประมาณ']);
    expect(queryWords('งบประมาณ', atoms)).toEqual(units('ปีงบประมาณ', atoms).slice(-2).map(encodeUnit));
    expect(queryWords('gifts', atoms)).toEqual(queryWords('gift', atoms));
    expect(queryWords('…', atoms)).toHaveLength(1);
  });
  it('lists the Thai words of a text as the segmenter cuts them', () => {
    expect(thaiWords('ปีงบประมาณ 2566 of the NACC', new Intl.Segmenter('th', { granularity: 'word' }))).toContain('ปีงบประมาณ');
  });
});
