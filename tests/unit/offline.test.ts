import { describe, expect, it } from 'vitest';
import { fallbackPath, offlineLists, pagePath } from '../../src/lib/offline-lists.ts';
import { formatSize, parsePackList, startState } from '../../src/lib/offline-pack.ts';
import { missingReason } from '../../src/lib/offline-reason.ts';

describe('offline lists', () => {
  const files = [
    'index.html',
    'modules/a/index.html',
    'offline/index.html',
    'print/index.html',
    'book/participant/index.html',
    'en/index.html',
    'en/modules/a/index.html',
    'pagefind/pagefind.js',
    'pagefind/wasm.unknown.pagefind',
    'pagefind/index/th_1.pf_index',
    'pagefind/index/en_1.pf_index',
    'pagefind/hb/search-th.abc.json',
    'pagefind/hb/words-th.def.json',
    'pagefind/hb/search-en.abc.json',
    'pagefind/hb/text/th/0/0.txt',
    'pagefind/hb/text/en/0/0.txt',
    '_astro/x.js',
  ];
  const lists = offlineLists({ files, base: '/hb/' });

  it('puts each language’s pages and search files in its own list, under the base', () => {
    expect(lists.th.urls).toEqual([
      '/hb/',
      '/hb/modules/a/',
      '/hb/offline/',
      '/hb/pagefind/index/th_1.pf_index',
      '/hb/pagefind/hb/search-th.abc.json',
      '/hb/pagefind/hb/words-th.def.json',
      '/hb/pagefind/hb/text/th/0/0.txt',
    ]);
    expect(lists.en.urls).toEqual([
      '/hb/en/',
      '/hb/en/modules/a/',
      '/hb/pagefind/index/en_1.pf_index',
      '/hb/pagefind/hb/search-en.abc.json',
      '/hb/pagefind/hb/text/en/0/0.txt',
    ]);
    expect(lists.th.files[0]).toBe('index.html');
  });
  it('leaves out the print documents and Pagefind’s unused files', () => {
    const all = [...lists.th.urls, ...lists.en.urls];
    expect(all.some((u) => u.includes('print') || u.includes('/book/') || u.endsWith('.js') || u.endsWith('.pagefind'))).toBe(false);
  });
  it('maps built files to paths, and names the offline page per language', () => {
    expect(pagePath('en/modules/a/index.html')).toBe('/en/modules/a/');
    expect(pagePath('index.html')).toBe('/');
    expect(fallbackPath('th')).toBe('/offline/');
    expect(fallbackPath('en')).toBe('/en/offline/');
  });
});

describe('the language pack', () => {
  it('reads only a well-formed list', () => {
    expect(parsePackList({ version: '1', bytes: 10, urls: ['/a/'] })).toEqual({ version: '1', bytes: 10, urls: ['/a/'] });
    expect(parsePackList({ version: '1', urls: ['/a/'] })?.bytes).toBe(0);
    expect(parsePackList({ version: 1, urls: [] })).toBeUndefined();
    expect(parsePackList({ version: '1', urls: [3] })).toBeUndefined();
    expect(parsePackList(null)).toBeUndefined();
  });
  it('shows sizes as a reader reads them', () => {
    expect(formatSize(1_857_902)).toBe('1.9 MB');
    expect(formatSize(640_000)).toBe('640 KB');
    expect(formatSize(12_400_000)).toBe('12 MB');
    expect(formatSize(10)).toBe('1 KB');
  });
  it('asks first, carries on after a yes, and is ready only when complete', () => {
    expect(startState({ complete: true, chose: 'yes', saveData: false, total: 5 })).toEqual({ kind: 'ready', total: 5 });
    expect(startState({ complete: false, chose: 'yes', saveData: true, total: 5 })).toBe('resume');
    expect(startState({ complete: false, chose: 'later', saveData: false, total: 5 })).toEqual({ kind: 'none' });
    expect(startState({ complete: false, chose: undefined, saveData: true, total: 5 })).toEqual({ kind: 'ask', saveData: true });
  });
});

describe('why an address is not on the device', () => {
  it('tells the other language, print editions, PDFs and the rest apart', () => {
    expect(missingReason('/en/modules/a/', '/', 'th')).toBe('other');
    expect(missingReason('/modules/a/', '/', 'en')).toBe('other');
    expect(missingReason('/book/participant/', '/', 'th')).toBe('book');
    expect(missingReason('/en/print/x/', '/', 'en')).toBe('book');
    expect(missingReason('/downloads/handbook-th.pdf', '/', 'th')).toBe('pdf');
    expect(missingReason('/hb/modules/nope/', '/hb/', 'th')).toBe('unknown');
    expect(missingReason('/hb/en', '/hb/', 'th')).toBe('other');
  });
});
