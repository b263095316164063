import { describe, expect, it } from 'vitest';
import { wordsBrokenAtLineEnds } from '../../src/lib/broken-words.ts';

describe('words split across lines', () => {
  it('finds a listed word whose head ends one line and whose tail starts the next', () => {
    const found = wordsBrokenAtLineEnds(
      ['ประกาศในราชกิจ', 'จานุเบกษา เล่ม 135', 'ตามพระราชบัญญัติ', 'ข้อมูลข่าวสาร'],
      ['ราชกิจจานุเบกษา', 'พระราชบัญญัติ'],
    );
    expect(found.map((b) => b.word)).toEqual(['ราชกิจจานุเบกษา']);
  });
});
