import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { readingText, searchBody, type HastNode } from '../../src/lib/reading-text.ts';
import { excerptAround, excerptFromUnits } from '../../src/lib/search-excerpt.ts';
import { editDistance, suggest, suggestionWords } from '../../src/lib/search-suggest.ts';
import { parseShard, shardOf, SHARD } from '../../src/lib/search-data.ts';

const STRAY = /^[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u;

describe('reading text', () => {
  it('keeps the text of the body, without furniture, addresses, scripts or hidden parts', () => {
    const tree = fromHtml(
      '<nav>เมนู</nav><article data-pagefind-body><h1>หัวเรื่อง</h1><span data-pagefind-ignore>อ่านประมาณ 15 นาที</span><p>เนื้อหา<b>เบาะแส</b><sup class="cite" data-pagefind-ignore>[1]</sup></p><ul><li>หนึ่ง</li><li>สอง</li></ul><p hidden>ซ่อน</p><p>ดูที่ https://example.go.th/a/very/long/address/ ครับ</p><script>x()</script></article><footer>ท้าย</footer>',
    ) as HastNode;
    const body = searchBody(tree);
    expect(body).toBeDefined();
    expect(readingText(body!)).toBe('หัวเรื่อง เนื้อหาเบาะแส หนึ่ง สอง ดูที่ ครับ');
  });
});

describe('excerpts', () => {
  const text =
    'การตรวจสอบจึงไม่ใช่งานของคนใดคนหนึ่ง แต่เป็นงานของทีมและของเครือข่าย กฎหมายก็เปิดทางให้ประชาชนมีส่วนร่วม พระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ มาตรา 16 กำหนดให้หน่วยงานของรัฐเปิดให้ประชาชนมีส่วนร่วม';
  it('cut only where a word begins or ends, never leaving a stray mark', () => {
    const at = text.indexOf('ประชาชน');
    for (const radius of [10, 17, 23, 31, 44, 58]) {
      const e = excerptAround(text, at, at + 'ประชาชน'.length, radius);
      expect(e.match).toBe('ประชาชน');
      expect(e.before.replace(/^…/u, '')).not.toMatch(STRAY);
      expect(e.after).not.toMatch(STRAY);
      expect(e.before.length - 1).toBeLessThanOrEqual(radius + 1);
      const words = new Intl.Segmenter('th', { granularity: 'word' });
      const bounds = [...words.segment(text)].map((s) => s.index);
      const from = text.indexOf(e.before.replace(/^…/u, ''));
      expect(bounds).toContain(from);
    }
  });
  it('come from a text file of units, with the match marked', () => {
    const list = ['การ', 'ตรวจ', 'สอบ', ' ', 'งบ', 'ประมาณ', ' ', 'ของ', 'รัฐ'];
    const e = excerptFromUnits(list, 100, 104, 2, 40);
    expect(e).toEqual({ before: 'การตรวจสอบ ', match: 'งบประมาณ', after: ' ของรัฐ' });
  });
  it('read the text files the build writes', () => {
    expect(parseShard('300\nก\u001fข')).toEqual({ start: 300, units: ['ก', 'ข'] });
    expect(shardOf(SHARD.size + 1)).toBe(1);
  });
});

describe('did you mean', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('corruptoin', 'corruption')).toBe(1);
    expect(editDistance('ทุจรติ', 'ทุจริต')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('suggests the nearest word or glossary term, and nothing for short Thai words', () => {
    const words = suggestionWords(['corruption corruption corrupt report', 'การทุจริต ทุจริต']);
    expect(suggest('corruptoin', words)).toEqual(['corruption']);
    expect(suggest('whistelblower', words, ['whistleblower'])).toEqual(['whistleblower']);
    expect(suggest('ทุจรติ', words)).toEqual(['ทุจริต']);
    expect(suggest('ข้าว', ['ข่าว'])).toEqual([]);
    expect(suggest('dinosaur', words)).toEqual([]);
  });
});
