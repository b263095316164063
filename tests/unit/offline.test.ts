import { describe, expect, it } from 'vitest';
import { offlineLists, pagePath } from '../../src/lib/offline-lists.ts';

describe('offline lists', () => {
  const files = [
    'index.html',
    'modules/a/index.html',
    'print/index.html',
    'book/participant/index.html',
    'en/index.html',
    'en/modules/a/index.html',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'pagefind/pagefind-ui.js',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/wasm.en.pagefind',
    'pagefind/pagefind.th_aa.pf_meta',
    'pagefind/pagefind.en_bb.pf_meta',
    'pagefind/index/th_1.pf_index',
    'pagefind/index/en_1.pf_index',
    'pagefind/filter/th_2.pf_filter',
    'pagefind/fragment/f1.pf_fragment',
    'pagefind/fragment/f2.pf_fragment',
    '_astro/x.js',
  ];
  const entry = {
    languages: { th: { hash: 'th_aa', wasm: null, page_count: 2 }, en: { hash: 'en_bb', wasm: 'en', page_count: 1 } },
  };
  const lists = offlineLists({
    files,
    entry,
    base: '/hb/',
    fragmentUrl: (f) => (f.endsWith('f1.pf_fragment') ? '/modules/a/' : '/en/modules/a/'),
  });

  it('puts each language’s pages and search files in its own list, under the base', () => {
    expect(lists.th).toEqual(
      [
        '/hb/',
        '/hb/modules/a/',
        '/hb/pagefind/fragment/f1.pf_fragment',
        '/hb/pagefind/pagefind.js',
        '/hb/pagefind/pagefind-entry.json',
        '/hb/pagefind/wasm.unknown.pagefind',
        '/hb/pagefind/pagefind.th_aa.pf_meta',
        '/hb/pagefind/index/th_1.pf_index',
        '/hb/pagefind/filter/th_2.pf_filter',
      ].sort((a, b) => lists.th.indexOf(a) - lists.th.indexOf(b)),
    );
    expect(lists.en).toContain('/hb/en/modules/a/');
    expect(lists.en).toContain('/hb/pagefind/wasm.en.pagefind');
    expect(lists.en).not.toContain('/hb/pagefind/index/th_1.pf_index');
  });
  it('leaves out the print documents and the unused search UI', () => {
    expect([...lists.th, ...lists.en].some((u) => u.includes('print') || u.includes('/book/') || u.includes('pagefind-ui'))).toBe(false);
  });
  it('maps built files to paths', () => {
    expect(pagePath('en/modules/a/index.html')).toBe('/en/modules/a/');
    expect(pagePath('index.html')).toBe('/');
  });
});
