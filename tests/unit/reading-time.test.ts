import { describe, expect, it } from 'vitest';
import { countWords, plainTextFromMdx, readingMinutes } from '../../src/lib/reading-time.ts';

describe('reading time', () => {
  it('counts Thai words although Thai has no spaces between words', () => {
    // ผล|ประโยชน์|ทับ|ซ้อน = 4 dictionary words; splitting on spaces would give 1.
    expect(countWords('ผลประโยชน์ทับซ้อน', 'th')).toBe(4);
    expect(countWords('ป้องกันการทุจริตในชุมชน', 'th')).toBeGreaterThanOrEqual(4);
  });
  it('counts English words and ignores punctuation', () => {
    expect(countWords('Protect public resources, report corruption.', 'en')).toBe(5);
  });
  it('rounds up to whole minutes, at least one', () => {
    expect(readingMinutes('', 'th')).toBe(1);
    expect(readingMinutes('word '.repeat(401), 'en')).toBe(3);
  });
  it('strips MDX syntax before counting', () => {
    const text = plainTextFromMdx('import X from "y";\n## Title\n<Callout type="note">Hello [link](/a/)</Callout>');
    expect(text).not.toMatch(/import|Callout|\/a\//);
    expect(text).toMatch(/Hello/);
    expect(text).toMatch(/link/);
  });
});
