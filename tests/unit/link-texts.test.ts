import { describe, expect, it } from 'vitest';
import { linkTexts } from '../../src/lib/link-texts.ts';

describe('link descriptions', () => {
  it('are the words of each link, tags and entities removed, first one per address', () => {
    const html =
      '<a class="x" href="#source-2"><span class="sr-only">แหล่งที่มา </span>[2]</a> <a href="https://a.org/?x=1&amp;y=2">A &amp; B</a><a href="#source-2">again</a>';
    expect([...linkTexts(html)]).toEqual([
      ['#source-2', 'แหล่งที่มา [2]'],
      ['https://a.org/?x=1&y=2', 'A & B'],
    ]);
  });
});
