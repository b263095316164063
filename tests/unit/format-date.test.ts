import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/format-date.ts';

describe('formatDate', () => {
  const day = new Date('2023-05-19');
  it('writes Thai dates in the Buddhist Era', () => {
    expect(formatDate(day, 'th')).toBe('19 พ.ค. 2566');
  });
  it('writes English dates in the Common Era', () => {
    expect(formatDate(day, 'en')).toBe('19 May 2023');
  });
  it('does not shift a calendar day across time zones', () => {
    expect(formatDate(new Date('2024-01-01'), 'en')).toBe('1 Jan 2024');
    expect(isoDate(new Date('2024-01-01'))).toBe('2024-01-01');
  });
  it('rejects invalid dates', () => {
    expect(() => formatDate(new Date('not a date'), 'th')).toThrow(/invalid date/);
  });
});
