import { describe, expect, it } from 'vitest';
import { bindNumbersAndRepeats, keepWordsWhole, makeWordList } from '../../src/lib/thai-line-breaks.ts';

const list = makeWordList([
  'ราชกิจจานุเบกษา',
  'พระราชบัญญัติ',
  'งบประมาณ',
  'กำนัน',
  'เจ้าหน้าที่ของรัฐ (state official)',
  'พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต',
]);

describe('Thai line breaks', () => {
  it('keeps only words the dictionary would split, and none too long for a phone line', () => {
    expect(list.words.has('ราชกิจจานุเบกษา')).toBe(true);
    expect(list.words.has('เจ้าหน้าที่ของรัฐ')).toBe(true);
    expect(list.words.has('กำนัน')).toBe(false); // ICU keeps it whole already
    expect(list.words.has('state')).toBe(false);
    expect([...list.words].some((w) => w.startsWith('พระราชบัญญัติประกอบ'))).toBe(false);
  });
  it('binds numbers to the word before them and ๆ to its word', () => {
    expect(bindNumbersAndRepeats('ตามมาตรา 7 ของ พ.ศ. 2560 ต่าง ๆ')).toBe('ตามมาตรา\u00A07 ของ พ.ศ.\u00A02560 ต่าง\u00A0ๆ');
    expect(bindNumbersAndRepeats('section 7')).toBe('section 7');
  });
  it('wraps listed words in text, never inside tags, attributes, scripts, styles, SVG or the title', () => {
    const html =
      '<title>งบประมาณ 2566</title><p title="งบประมาณ > ๆ">ประกาศใน<b>ราชกิจจานุเบกษา</b> งบประมาณ</p>' +
      '<script>const x = "งบประมาณ";</script><style>p::after{content:"งบประมาณ"}</style><svg><text>งบประมาณ</text></svg><p>ตามพระราชบัญญัติ</p>';
    expect(keepWordsWhole(html, list)).toBe(
      '<title>งบประมาณ\u00A02566</title><p title="งบประมาณ > ๆ">ประกาศใน<b><span class="nw">ราชกิจจานุเบกษา</span></b> <span class="nw">งบประมาณ</span></p>' +
        '<script>const x = "งบประมาณ";</script><style>p::after{content:"งบประมาณ"}</style><svg><text>งบประมาณ</text></svg><p>ตาม<span class="nw">พระราชบัญญัติ</span></p>',
    );
  });
  it('leaves text without Thai untouched', () => {
    expect(keepWordsWhole('<p>Section 4 of the Act</p>', list)).toBe('<p>Section 4 of the Act</p>');
  });
});
