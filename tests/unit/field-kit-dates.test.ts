import { describe, expect, it } from 'vitest';
import {
  ceYear,
  dateParts,
  dateValue,
  displayYear,
  formatDateValue,
  isRealDate,
  numericDate,
  todayValue,
} from '../../src/lib/field-kit/dates.ts';
import { exifInstant, readExif } from '../../src/lib/field-kit/exif.ts';
import { withExif, type ExifSpec } from '../fixtures/field-kit/exif.ts';

describe('dates in the field kit', () => {
  // The stored Common Era day 2025-09-14 as each reader sees it: [language, month name, text].
  it.each([
    ['th', 'long', '14 กันยายน 2568'],
    ['th', 'short', '14 ก.ย. 2568'],
    ['en', 'long', '14 September 2025'],
  ] as const)('shows %s readers the day with a %s month as %s', (lang, month, text) => {
    expect(formatDateValue('2025-09-14', lang, month)).toBe(text);
  });

  it('gives Thai readers Buddhist Era years, and takes them back', () => {
    expect(numericDate('2025-09-14', 'th')).toBe('14/09/2568');
    expect(displayYear(2025, 'th')).toBe(2568);
    expect(ceYear(2568, 'th')).toBe(2025);
    expect(ceYear(2025, 'en')).toBe(2025);
  });

  it('keeps a date half-written as typed, and knows which days exist', () => {
    expect(dateValue({ day: 14, month: 9 })).toBe('-09-14');
    expect(dateParts('-09-14')).toEqual({ year: undefined, month: 9, day: 14 });
    expect(formatDateValue('-09-14', 'th')).toBe('14 กันยายน');
    expect(dateValue({})).toBe('');
    expect(isRealDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ year: 2025, month: 2, day: 29 })).toBe(false);
    expect(isRealDate({ year: 2025, month: 9, day: 31 })).toBe(false);
    expect(isRealDate({ year: 1482, month: 9, day: 14 })).toBe(false);
    expect(todayValue(new Date(2025, 8, 4, 23, 59))).toBe('2025-09-04');
  });
});

/** A JPEG holding only an Exif block. */
const exifJpeg = (taken: string, offset: string | undefined, gps: ExifSpec['gps']) =>
  withExif(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]), { taken, offset, gps });

describe('Exif: when and where a photo was taken', () => {
  it('reads the time taken with its offset, and the GPS position', () => {
    const bytes = exifJpeg('2025:09:14 10:42:05', '+07:00', { lat: [16, 26, 24], lon: [102, 50, 6], latRef: 'N', lonRef: 'E' });
    const facts = readExif(bytes);
    expect(facts.taken).toBe('2025:09:14 10:42:05');
    expect(facts.offset).toBe('+07:00');
    expect(facts.gps?.lat).toBeCloseTo(16.44, 4);
    expect(facts.gps?.lon).toBeCloseTo(102.835, 3);
    expect(exifInstant(facts.taken!, facts.offset, 0)).toBe('2025-09-14T03:42:05.000Z');
  });

  it('takes the device time zone when the camera wrote none, and finds nothing in what is not Exif', () => {
    // Bangkok: getTimezoneOffset() is -420.
    expect(exifInstant('2025:09:14 10:42:05', undefined, -420)).toBe('2025-09-14T03:42:05.000Z');
    expect(exifInstant('garbage', undefined, 0)).toBeUndefined();
    expect(readExif(new Uint8Array([1, 2, 3]))).toEqual({});
    expect(readExif(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 4, 0, 0]))).toEqual({});
    const south = readExif(exifJpeg('2025:09:14 10:42:05', undefined, { lat: [33, 52, 0], lon: [151, 12, 0], latRef: 'S', lonRef: 'W' }));
    expect(south.gps?.lat).toBeLessThan(0);
    expect(south.gps?.lon).toBeLessThan(0);
  });
});
