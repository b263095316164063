import { describe, expect, it } from 'vitest';
import { expectedPages, median, metrics, resultPath, staleLabels, type Query } from '../../scripts/lib/search-eval.ts';
import { oracleMatches, pageReadingText, simplify, type OraclePage } from '../search/oracle.ts';

describe('the independent matcher', () => {
  it('reads the title and the body, without ignored or hidden parts', () => {
    const html =
      '<html><body><nav>menu ทุจริต</nav><h1>หัว<b>เรื่อง</b></h1><article class="x" data-pagefind-body><p>เนื้อหา <b>เบาะแส</b></p><hb-quiz data-pagefind-ignore><div>คำตอบ</div></hb-quiz><p class="hidden">class only</p><p hidden>ซ่อน</p><input hidden><p>ต่อ<sup data-pagefind-ignore>[1]</sup>จากนั้น https://a.b/c</p></article><footer>ท้าย</footer></body></html>';
    const text = simplify(pageReadingText(html) ?? '');
    expect(text).toBe('หัวเรื่อง เนื้อหา เบาะแส class only ต่อจากนั้น');
    expect(pageReadingText('<p>no body</p>')).toBeUndefined();
  });
  it('finds substrings, with equivalents, in the query’s language only', () => {
    const pages = new Map<string, OraclePage>([
      ['/a/', { lang: 'th', text: 'เดินทางไปดูที่ดิน' }],
      ['/b/', { lang: 'th', text: 'คอร์รัปชัน' }],
      ['/en/a/', { lang: 'en', text: 'ที่ดิน' }],
    ]);
    expect(oracleMatches(pages, 'ดิน', 'th', [])).toEqual(['/a/']);
    expect(oracleMatches(pages, 'คอรัปชั่น', 'th', [['คอร์รัปชัน', 'คอรัปชั่น']])).toEqual(['/b/']);
  });
});

describe('search evaluation', () => {
  const pages = new Map<string, OraclePage>([
    ['/a/', { lang: 'th', text: 'เดินทาง' }],
    ['/b/', { lang: 'th', text: 'ที่ดิน' }],
  ]);
  it('expects the matcher’s pages minus those labelled as another word', () => {
    const q: Query = { lang: 'th', q: 'ดิน', must: ['/b/'], otherWord: { '/a/': 'เดิน' } };
    expect(expectedPages(q, pages, [])).toEqual(['/b/']);
    expect(staleLabels([q], pages, [])).toEqual([]);
  });
  it('says which hand labels no longer hold', () => {
    const problems = staleLabels(
      [
        { lang: 'th', q: 'ดิน', none: true },
        { lang: 'th', q: 'ทาง', must: ['/b/'] },
        { lang: 'th', q: 'ที่', otherWord: { '/a/': 'x' } },
      ],
      pages,
      [],
    );
    expect(problems).toHaveLength(4);
  });
  it('computes precision, recall and latency', () => {
    const m = metrics([
      { query: { lang: 'th', q: 'a' }, expected: ['/x/', '/y/'], returned: ['/x/'], ms: 10 },
      { query: { lang: 'th', q: 'b' }, expected: [], returned: ['/z/'], ms: 30 },
      { query: { lang: 'th', q: 'c' }, expected: [], returned: [], ms: 20 },
    ]);
    expect(m.precision).toBe(0.5);
    expect(m.recall).toBe(0.5);
    expect(m.medianMs).toBe(20);
    expect(m.falsePositives).toEqual([{ q: 'b', path: '/z/' }]);
    expect(m.misses).toEqual([{ q: 'a', path: '/y/' }]);
    expect(median([4, 1, 3, 2])).toBe(3);
  });
  it('strips base, query and text fragment from result links', () => {
    expect(resultPath('/handbook/modules/x/#:~:text=a', '/handbook/')).toBe('/modules/x/');
    expect(resultPath('http://localhost:4321/en/glossary/', '/')).toBe('/en/glossary/');
  });
});
