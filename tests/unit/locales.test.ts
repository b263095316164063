import { describe, expect, it } from 'vitest';
import { langFromParam, langParam, localePath, otherLang, splitLocalePath } from '../../src/lib/locales.ts';
import { readBasePath, rebaseHref, withBase, withoutBase } from '../../src/lib/base-path.ts';
import { pageHref } from '../../src/lib/locales.ts';

describe('language paths', () => {
  it('keeps Thai at the root and English under /en/', () => {
    expect(localePath('th', '/modules/')).toBe('/modules/');
    expect(localePath('en', '/modules/x/')).toBe('/en/modules/x/');
    expect(localePath('en', '/')).toBe('/en/');
  });
  it('splits a pathname back into language and path', () => {
    expect(splitLocalePath('/en/modules/x/')).toEqual({ lang: 'en', path: '/modules/x/' });
    expect(splitLocalePath('/en')).toEqual({ lang: 'en', path: '/' });
    expect(splitLocalePath('/english/')).toEqual({ lang: 'th', path: '/english/' });
    expect(splitLocalePath('/sessions/')).toEqual({ lang: 'th', path: '/sessions/' });
  });
  it('maps route params both ways and rejects unknown languages', () => {
    expect(langParam('th')).toBeUndefined();
    expect(langParam('en')).toBe('en');
    expect(langFromParam(undefined)).toBe('th');
    expect(langFromParam('en')).toBe('en');
    expect(() => langFromParam('fr')).toThrow(/Unknown language/);
    expect(otherLang('th')).toBe('en');
  });
});

describe('base path', () => {
  it('normalises BASE_PATH', () => {
    expect(readBasePath(undefined)).toBe('/');
    expect(readBasePath('handbook')).toBe('/handbook/');
    expect(readBasePath('/nacc/handbook/')).toBe('/nacc/handbook/');
    expect(() => readBasePath('/hand book/')).toThrow(/not a valid URL folder/);
  });
  it('joins and strips the base', () => {
    expect(withBase('/handbook/', '/en/modules/')).toBe('/handbook/en/modules/');
    expect(withBase('/', '/modules/')).toBe('/modules/');
    expect(withoutBase('/handbook/', '/handbook/en/')).toBe('/en/');
    expect(withoutBase('/handbook/', '/handbook')).toBe('/');
    expect(pageHref('/kk/', 'en', '/glossary/')).toBe('/kk/en/glossary/');
  });
  it('rebases root-relative links written by authors, and nothing else', () => {
    expect(rebaseHref('/handbook/', '/modules/x/#a')).toBe('/handbook/modules/x/#a');
    expect(rebaseHref('/handbook/', '/handbook/modules/')).toBe('/handbook/modules/');
    expect(rebaseHref('/handbook/', 'https://www.nacc.go.th/')).toBe('https://www.nacc.go.th/');
    expect(rebaseHref('/handbook/', '#local')).toBe('#local');
    expect(rebaseHref('/handbook/', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(rebaseHref('/', '/modules/')).toBe('/modules/');
  });
});
