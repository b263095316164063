import { describe, expect, it } from 'vitest';
import { cssString, planRectoPages, runningHeadsCss } from '../../src/lib/book-pages.ts';

describe('planRectoPages', () => {
  it('puts a blank page before each section that would open on a left-hand page, counting the blanks already in', () => {
    // Cover 1, imprint 2, preface 3–4, how to use 5, contents 6–7, part 1 on 8, chapter on 9–12, chapter on 13.
    const plan = planRectoPages([
      { id: 'preface', page: 3 },
      { id: 'how-to-use', page: 5 },
      { id: 'contents', page: 6 },
      { id: 'part-1', page: 8 },
      { id: 'module-a', page: 9 },
      { id: 'module-b', page: 13 },
    ]);
    // contents 6 → blank, 7; part 8 → 9, odd; module-a 9 → 10, blank, 11; module-b 13 → 15, odd.
    expect(plan.blankBefore).toEqual(['contents', 'module-a']);
    expect([3, 5, 6, 7, 8, 9, 12, 13].map(plan.finalPage)).toEqual([3, 5, 7, 8, 9, 11, 14, 15]);
  });

  it.each([
    [[], []],
    [[{ id: 'a', page: 1 }], []],
    [
      [
        { id: 'a', page: 2 },
        { id: 'b', page: 3 },
        { id: 'c', page: 4 },
      ],
      ['a', 'b', 'c'],
    ],
    [
      [
        { id: 'a', page: 2 },
        { id: 'b', page: 4 },
        { id: 'c', page: 7 },
      ],
      ['a', 'c'],
    ],
  ])('%j needs blanks before %j', (starts, blanks) => {
    const plan = planRectoPages(starts);
    expect(plan.blankBefore).toEqual(blanks);
    for (const s of starts) expect(plan.finalPage(s.page) % 2, s.id).toBe(1);
  });

  it('refuses a section without a page, or out of order, naming it', () => {
    expect(() => planRectoPages([{ id: 'glossary', page: 0 }])).toThrow(/glossary/);
    expect(() =>
      planRectoPages([
        { id: 'a', page: 9 },
        { id: 'b', page: 4 },
      ]),
    ).toThrow(/"b" starts on page 4/);
  });
});

describe('running heads', () => {
  it('writes each title as a CSS string', () => {
    expect(cssString('ภาคผนวก อภิธานศัพท์')).toBe('"ภาคผนวก อภิธานศัพท์"');
    expect(cssString(' The "no" \\ rule\nof 2561 ')).toBe('"The \\"no\\" \\\\ rule of 2561"');
  });

  it('gives each section a named page with its title at the top', () => {
    expect(
      runningHeadsCss([
        { id: 'preface', title: 'คำนำ' },
        { id: 'module-a', title: 'ทุจริตคืออะไร' },
      ]),
    ).toBe(
      '[id="preface"]{page:head-1}@page head-1{@top-center{content:"คำนำ"}}\n[id="module-a"]{page:head-2}@page head-2{@top-center{content:"ทุจริตคืออะไร"}}',
    );
  });
});
