import { describe, expect, it } from 'vitest';
import { th } from '../../src/i18n/th.ts';
import { en } from '../../src/i18n/en.ts';
import { createTranslator, placeholders, validateDictionaries } from '../../src/lib/translate.ts';

describe('UI strings', () => {
  it('has the same keys in Thai and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
  });
  it('uses the same placeholders in both languages and no empty strings', () => {
    expect(() => validateDictionaries({ th, en }, 'th', 'src/i18n')).not.toThrow();
  });
  it('names the file and key of a missing, extra or mismatched string', () => {
    expect(() => validateDictionaries({ th: { a: 'x', b: 'วัน {n}' }, en: { b: 'Day {day}', c: 'z' } }, 'th', 'src/i18n')).toThrow(
      /src\/i18n\/en\.ts: missing key "a"[\s\S]*key "b" uses \{day\} but th uses \{n\}[\s\S]*key "c" is not in th\.ts/,
    );
  });
  it('fills placeholders and refuses missing values', () => {
    const t = createTranslator({ hello: 'สวัสดี {name}' });
    expect(t('hello', { name: 'สมชาย' })).toBe('สวัสดี สมชาย');
    expect(() => t('hello')).toThrow(/needs a value for \{name\}/);
    expect(placeholders('Day {day}, session {n}')).toEqual(['day', 'n']);
  });
});
