import { describe, expect, it } from 'vitest';
import { indexedText, metrics, resultPath } from '../../scripts/lib/search-eval.ts';
import { excerptAround, expandQuery, rankHits } from '../../src/lib/search-query.ts';

describe('search evaluation', () => {
  it('reads only the indexed body, without the quiz or scripts', () => {
    const html =
      '<nav>menu ทุจริต</nav><article class="x" data-pagefind-body><p>เนื้อหา <b>เบาะแส</b></p><article>inner</article><hb-quiz data-pagefind-ignore><div>คำตอบ</div></hb-quiz><section class="slide" data-pagefind-ignore><section>สไลด์</section></section>ต่อจากนั้น</article><footer>ท้าย</footer>';
    const text = indexedText(html) ?? '';
    expect(text).toContain('เบาะแส');
    expect(text).toContain('inner');
    expect(text).not.toContain('menu');
    expect(text).not.toContain('คำตอบ');
    expect(text).not.toContain('สไลด์');
    expect(text).toContain('ต่อจากนั้น');
    expect(text).not.toContain('ท้าย');
    expect(indexedText('<p>no body</p>')).toBeUndefined();
  });
  it('computes precision, recall and latency', () => {
    const m = metrics([
      { query: { lang: 'th', q: 'a', expect: ['/x/', '/y/'] }, returned: ['/x/'], ms: 10 },
      { query: { lang: 'th', q: 'b', expect: [] }, returned: ['/z/'], ms: 30 },
      { query: { lang: 'th', q: 'c', expect: [] }, returned: [], ms: 20 },
    ]);
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBe(0.5);
    expect(m.medianMs).toBe(20);
    expect(m.falsePositives).toEqual([{ q: 'b', path: '/z/' }]);
    expect(m.misses).toEqual([{ q: 'a', path: '/y/' }]);
  });
  it('strips base, query and text fragment from result links', () => {
    expect(resultPath('/handbook/modules/x/#:~:text=a', '/handbook/')).toBe('/modules/x/');
    expect(resultPath('http://localhost:4321/en/glossary/', '/')).toBe('/en/glossary/');
  });
});

describe('query expansion and ranking', () => {
  const groups = [
    ['คอร์รัปชัน', 'คอรัปชั่น'],
    ['ผลประโยชน์ทับซ้อน', 'conflict of interest'],
  ];
  it('expands a variant to its group, query first', () => {
    expect(expandQuery('คอรัปชั่น', groups)).toEqual(['คอรัปชั่น', 'คอร์รัปชัน']);
    expect(expandQuery('Conflict of Interest', groups)).toEqual(['conflict of interest', 'ผลประโยชน์ทับซ้อน']);
    expect(expandQuery('ทุจริต', groups)).toEqual(['ทุจริต']);
    expect(expandQuery('  ', groups)).toEqual([]);
  });
  it('keeps only pages that contain a term, title matches first, once per page', () => {
    const hits = rankHits(
      [
        { url: '/a/', title: 'อื่น', content: 'คอร์รัปชัน คอร์รัปชัน' },
        { url: '/b/', title: 'คอร์รัปชันคืออะไร', content: 'คอร์รัปชัน' },
        { url: '/c/', title: 'การเมือง', content: 'การประชุม' },
        { url: '/a/', title: 'อื่น', content: 'คอร์รัปชัน' },
      ],
      ['คอรัปชั่น', 'คอร์รัปชัน'],
    );
    expect(hits.map((h) => h.url)).toEqual(['/b/', '/a/']);
    expect(hits[0]?.term).toBe('คอร์รัปชัน');
  });
  it('cuts an excerpt around the match', () => {
    const parts = excerptAround(`${'ก'.repeat(100)}เบาะแส${'ข'.repeat(100)}`, 'เบาะแส', 10);
    expect(parts.match).toBe('เบาะแส');
    expect(parts.before).toBe(`…${'ก'.repeat(10)}`);
    expect(parts.after).toBe(`${'ข'.repeat(10)}…`);
  });
});
