import { describe, expect, it } from 'vitest';
import { checkLinks, fileForPath } from '../../scripts/lib/links.ts';

const files = new Set(['index.html', 'modules/a/index.html', 'en/index.html', '_astro/site.css']);
const page = (file: string, html: string) => ({ file, html });

describe('link check', () => {
  it('resolves paths to built files', () => {
    expect(fileForPath('/', files)).toBe('index.html');
    expect(fileForPath('/modules/a/', files)).toBe('modules/a/index.html');
    expect(fileForPath('/modules/b/', files)).toBeUndefined();
  });
  it('accepts good links and fragments', () => {
    const pages = [
      page('index.html', '<a href="/modules/a/#intro">x</a>\n<link href="/_astro/site.css">\n<a href="#top">t</a><p id="top">'),
      page('modules/a/index.html', '<h2 id="intro">'),
    ];
    expect(checkLinks(pages, files, '/')).toEqual([]);
  });
  it('reports missing pages, missing fragments and links outside the base, with line numbers', () => {
    const pages = [
      page('index.html', '<p>\n<a href="/hb/modules/b/">x</a>\n<a href="/modules/a/">y</a>\n<a href="/hb/modules/a/#nope">z</a>'),
      page('modules/a/index.html', '<h2 id="intro">'),
    ];
    const problems = checkLinks(pages, files, '/hb/');
    expect(problems.map((p) => [p.line, p.message.split(':')[1]?.trim()])).toEqual([
      [2, 'no page or file was built at this address'],
      [3, 'does not start with the site base "/hb/"; build links with href()/withBase()'],
      [4, 'the page exists but has no element with id "nope"'],
    ]);
  });
  it('ignores external links', () => {
    expect(checkLinks([page('index.html', '<a href="https://www.nacc.go.th/">n</a>')], files, '/')).toEqual([]);
  });
});
