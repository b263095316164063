import { describe, expect, it } from 'vitest';
import { displayUrl, urlPieces } from '../../src/lib/display-url.ts';

describe('web addresses in source lists', () => {
  it('shows Thai letters instead of percent codes', () => {
    expect(displayUrl('https://tcsd.go.th/%E0%B9%80%E0%B8%95%E0%B8%B7%E0%B8%AD%E0%B8%99/')).toBe('https://tcsd.go.th/เตือน/');
    expect(displayUrl('https://x.org/%E0%B8')).toBe('https://x.org/%E0%B8');
  });
  it('breaks only after separators, and between the words of a long Thai part', () => {
    expect(urlPieces('https://www.nacc.go.th/categorydetail/2018/20230727171125')).toEqual([
      'https://www.nacc.go.th/',
      'categorydetail/',
      '2018/',
      '20230727171125',
    ]);
    const pieces = urlPieces('https://x.go.th/ข่าวการประกาศหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใด/');
    expect(pieces.join('')).toBe('https://x.go.th/ข่าวการประกาศหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใด/');
    expect(pieces).toContain('ทรัพย์สิน');
  });
});
