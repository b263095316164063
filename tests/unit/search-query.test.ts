import { describe, expect, it } from 'vitest';
import { containsQuery, normaliseQuery } from '../../src/lib/search-query.ts';

describe('search query handling', () => {
  it('normalises spaces and case', () => {
    expect(normaliseQuery('  Conflict   of Interest ')).toBe('conflict of interest');
  });
  it('keeps Thai marks exact: ข้าว does not match ขาว', () => {
    expect(containsQuery('ผ้าสีขาว', 'ข้าว')).toBe(false);
    expect(containsQuery('ปลูกข้าวในนา', 'ข้าว')).toBe(true);
  });
  it('drops pages that do not contain the query', () => {
    expect(containsQuery('การป้องกันการทุจริต', 'คอมพิวเตอร์')).toBe(false);
    expect(containsQuery('การเมืองท้องถิ่น', 'การเมือง')).toBe(true);
    expect(containsQuery('การประชุม', 'การเมือง')).toBe(false);
  });
  it('needs every word of a multi-word query', () => {
    expect(containsQuery('report corruption to the NACC', 'NACC report')).toBe(true);
    expect(containsQuery('report corruption', 'NACC report')).toBe(false);
    expect(containsQuery('anything', '   ')).toBe(false);
  });
});
