import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/field-kit/csv.ts';
import { filterRows, sortRows, zoneCsv, zoneRow, type FormSpec } from '../../src/lib/field-kit/summary.ts';
import { SITE_CHECKLIST_ROLES, sampleRecord } from './field-kit-samples.ts';

describe('CSV', () => {
  it('starts with a byte-order mark, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = toCsv(
      ['ทีม', 'note'],
      [
        ['12', 'ถนน "สายใหม่", หมู่ 3'],
        ['3', 'two\nlines'],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFทีม,note\r\n12,"ถนน ""สายใหม่"", หมู่ 3"\r\n3,"two\nlines"\r\n');
    expect(parseCsv(csv)).toEqual([
      ['ทีม', 'note'],
      ['12', 'ถนน "สายใหม่", หมู่ 3'],
      ['3', 'two\nlines'],
    ]);
  });

  it('keeps text that a spreadsheet would run as a formula as text, and numbers as numbers', () => {
    const rows = parseCsv(toCsv(['a'], [['=HYPERLINK("x")'], ['+66 81'], ['-12'], ['@me'], [42]]));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['\'=HYPERLINK("x")', "'+66 81", '-12', "'@me", '42']);
  });
});

const spec: FormSpec = {
  slug: 'site-inspection-checklist',
  title: 'แบบตรวจสอบจุดโครงการ',
  personal: false,
  roles: SITE_CHECKLIST_ROLES,
  result: {
    path: 'followUp.overall',
    options: [
      { id: 'clear', label: 'ไม่พบสิ่งผิดปกติ' },
      { id: 'doubt', label: 'มีข้อสงสัย ต้องตรวจต่อ' },
    ],
  },
  findings: [
    { path: 'observed.findings.location.finding', label: 'ที่ตั้งของงาน' },
    { path: 'observed.findings.size.finding', label: 'ขนาดหรือปริมาณงาน' },
    { path: 'observed.findings.condition.finding', label: 'สภาพที่เห็นด้วยตา' },
  ],
  followUp: [
    {
      label: 'ขอเอกสารเพิ่ม',
      todo: 'followUp.actions.moreDocuments.todo',
      who: 'followUp.actions.moreDocuments.who',
      due: 'followUp.actions.moreDocuments.due',
    },
    { label: 'ส่งข้อมูลให้คณะกรรมการประจำเขต', todo: 'followUp.actions.sendZone.todo' },
  ],
};

const site = (id: string, team: string, siteNo: string, result: string, size: string, date = '2025-09-14') =>
  sampleRecord({
    id: `${id.padEnd(8, '0')}-0000-4000-8000-000000000000`,
    values: {
      'general.team': team,
      'general.zone': '3',
      'general.date': date,
      'general.siteNo': siteNo,
      'general.place': 'บ้านดอนแก้วน้อย',
      'general.project': `ถนนคอนกรีต, จุด ${siteNo}`,
      'followUp.overall': result,
      'observed.findings.location.finding': 'match',
      'observed.findings.size.finding': size,
      'observed.findings.condition.finding': 'unverifiable',
      'followUp.actions.moreDocuments.todo': true,
      'followUp.actions.moreDocuments.who': 'ครูมาลี',
      'followUp.actions.moreDocuments.due': '2025-09-20',
      'followUp.actions.sendZone.todo': true,
    },
  });

describe('the zone table', () => {
  const rows = sortRows([
    zoneRow(site('c', '12', '2', 'doubt', 'mismatch'), spec, 'th'),
    zoneRow(site('a', '3', '1', 'clear', 'match'), spec, 'th'),
    zoneRow(site('b', '12', '1', 'clear', 'match', '2025-09-15'), spec, 'th'),
  ]);

  it('reads each site: team, place, result, the items that do not match, photos and follow-up', () => {
    expect(rows.map((r) => `${r.team}/${r.date}/${r.siteNo}`)).toEqual(['3/2025-09-14/1', '12/2025-09-14/2', '12/2025-09-15/1']);
    const doubt = rows[1]!;
    expect(doubt.resultLabel).toBe('มีข้อสงสัย ต้องตรวจต่อ');
    expect(doubt.mismatches).toEqual(['ขนาดหรือปริมาณงาน']);
    expect(doubt.unverifiable).toEqual(['สภาพที่เห็นด้วยตา']);
    expect(doubt.photos).toBe(1);
    expect(doubt.followUp).toEqual(['ขอเอกสารเพิ่ม (ครูมาลี, 20 ก.ย. 2568)', 'ส่งข้อมูลให้คณะกรรมการประจำเขต']);
  });

  it('filters by result, by "does not match" and by team', () => {
    expect(filterRows(rows, { result: '', team: '' })).toHaveLength(3);
    expect(filterRows(rows, { result: 'clear', team: '' }).map((r) => r.team)).toEqual(['3', '12']);
    expect(filterRows(rows, { result: 'mismatch', team: '' }).map((r) => r.siteNo)).toEqual(['2']);
    expect(filterRows(rows, { result: '', team: '12' })).toHaveLength(2);
    expect(filterRows(rows, { result: 'clear', team: '12' })).toHaveLength(1);
  });

  it('exports one CSV line per site with Thai dates in the Buddhist Era', () => {
    const keys = [
      'team',
      'zone',
      'date',
      'site',
      'place',
      'project',
      'result',
      'findings',
      'unverifiable',
      'photos',
      'followUp',
      'updated',
      'record',
    ] as const;
    const columns = Object.fromEntries(keys.map((k) => [k, k])) as Record<(typeof keys)[number], string>;
    const parsed = parseCsv(zoneCsv(rows, columns, 'th'));
    expect(parsed).toHaveLength(4);
    expect(parsed[0]).toEqual(Object.values(columns));
    expect(parsed[2]).toEqual([
      '12',
      '3',
      '14/09/2568',
      '2',
      'บ้านดอนแก้วน้อย',
      'ถนนคอนกรีต, จุด 2',
      'มีข้อสงสัย ต้องตรวจต่อ',
      'ขนาดหรือปริมาณงาน',
      'สภาพที่เห็นด้วยตา',
      '1',
      'ขอเอกสารเพิ่ม (ครูมาลี, 20 ก.ย. 2568); ส่งข้อมูลให้คณะกรรมการประจำเขต',
      '2025-09-14T03:00:00.000Z',
      rows[1]!.id,
    ]);
    expect(parseCsv(zoneCsv(rows, columns, 'en'))[1]![2]).toBe('2025-09-14');
  });
});
