/** The forms' definitions (content/<lang>/forms/*.mdx) as the field kit reads them. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormSchema, type FormData } from '../../src/schemas/form.ts';
import { parseMdx } from '../../src/content-rules/frontmatter.ts';
import { formLinkProblems, formShape, formTwinProblems } from '../../src/content-rules/rules/forms.ts';
import { sectionBlocks, textRuns } from '../../src/lib/field-kit/form-model.ts';
import { formSpec } from '../../src/lib/field-kit/summary.ts';
import { SITE_CHECKLIST_ROLES } from './field-kit-samples.ts';

const slugs = readdirSync('content/th/forms').map((f) => f.replace(/\.mdx$/, ''));
const raw = (lang: string, slug: string) =>
  parseMdx(readFileSync(`content/${lang}/forms/${slug}.mdx`, 'utf8')).data as Record<string, unknown>;
const form = (lang: string, slug: string): FormData => FormSchema.parse(raw(lang, slug));

describe('the field forms as data', () => {
  it('are all valid, in both languages, with the same ids and choices', () => {
    expect(slugs).toEqual(
      expect.arrayContaining([
        'site-inspection-checklist',
        'project-data-sheet',
        'team-daily-log',
        'complaint-draft',
        'workshop-evaluation',
        'commitment-card',
      ]),
    );
    for (const slug of slugs) {
      expect(() => form('th', slug), slug).not.toThrow();
      expect(() => form('en', slug), slug).not.toThrow();
      expect(formShape(raw('en', slug)), slug).toEqual(formShape(raw('th', slug)));
    }
  });

  it('keep the printed Thai labels of the site inspection checklist', () => {
    const text = JSON.stringify(form('th', 'site-inspection-checklist'));
    for (const label of [
      'ทีมที่',
      'มีป้ายโครงการติดตั้งที่หน้างาน',
      'ป้ายเขียนว่า',
      'แบบ สขร.1 (สรุปผลการจัดซื้อจัดจ้างรายเดือน)',
      'สภาพงานตอนนี้',
      'ผลโดยรวมของจุดนี้',
      'ผู้จดบันทึก',
    ])
      expect(text).toContain(label);
  });

  it('give the zone committee what its table needs from the site checklist', () => {
    const spec = formSpec('site-inspection-checklist', form('th', 'site-inspection-checklist'));
    expect(spec.roles).toEqual(SITE_CHECKLIST_ROLES);
    expect(spec.result?.options.map((o) => o.id)).toEqual(['clear', 'doubt', 'refer']);
    expect(spec.findings.map((f) => f.path)).toEqual([
      'observed.findings.location.finding',
      'observed.findings.size.finding',
      'observed.findings.condition.finding',
      'observed.findings.progress.finding',
    ]);
    expect(spec.followUp).toHaveLength(5);
    expect(spec.followUp[0]).toEqual({
      label: 'ขอเอกสารเพิ่มจากหน่วยงานเจ้าของโครงการ',
      todo: 'followUp.actions.moreDocuments.todo',
      who: 'followUp.actions.moreDocuments.who',
      due: 'followUp.actions.moreDocuments.due',
    });
    expect(formSpec('complaint-draft', form('th', 'complaint-draft')).personal).toBe(true);
  });

  it('group neighbouring simple fields into one table, and keep checklists, photos and signatures apart', () => {
    const observed = form('th', 'site-inspection-checklist').sections.find((s) => s.id === 'observed')!;
    expect(sectionBlocks(observed).map((b) => b.kind)).toEqual(['rows', 'grid', 'rows']);
    const signed = form('th', 'site-inspection-checklist').sections.find((s) => s.id === 'signed')!;
    expect(sectionBlocks(signed).map((b) => b.kind)).toEqual(['signature', 'signature']);
  });

  it('refuse a definition with a repeated id, a wrong role or a row without its column', () => {
    const base = raw('th', 'commitment-card') as { sections: Array<{ fields: Array<Record<string, unknown>> }> };
    const twice = structuredClone(base);
    twice.sections[0]!.fields.push({ id: 'name', label: 'ชื่อซ้ำ', type: 'text' });
    expect(FormSchema.safeParse(twice).error?.issues.map((i) => i.message)).toContain('field id "name" is used twice in section "card"');
    const role = structuredClone(base);
    role.sections[0]!.fields[0]!['role'] = 'result';
    expect(FormSchema.safeParse(role).error?.issues.map((i) => i.message)).toContain('role "result" belongs on a choice field');
    const grid = structuredClone(raw('th', 'site-inspection-checklist')) as {
      sections: Array<{ fields: Array<{ items?: Array<Record<string, unknown>> }> }>;
    };
    grid.sections[1]!.fields[0]!.items![9]!['only'] = ['nothing'];
    expect(FormSchema.safeParse(grid).error?.issues.map((i) => i.message)).toContain('"nothing" is not a column of this checklist');
  });

  it('finds a translation that stores answers under other ids, and links to pages that do not exist', () => {
    const thai = raw('th', 'team-daily-log');
    const english = structuredClone(raw('en', 'team-daily-log')) as { sections: Array<{ fields: Array<{ id?: string }> }> };
    english.sections[0]!.fields[0]!.id = 'teamNumber';
    expect(formTwinProblems('en.mdx', thai, english)[0]?.message).toMatch(
      /differs from the Thai form \(Thai team\.team:number.*here team\.teamNumber:number/,
    );
    const slugsKnown = {
      modules: new Set(['field-inspection']),
      sessions: new Set<string>(),
      forms: new Set<string>(),
      pages: new Set<string>(),
    };
    const withLinks = { sections: [{ intro: 'ดู[บทที่มี](/modules/field-inspection/) และ[บทที่ไม่มี](/modules/nowhere/)' }] };
    expect(formLinkProblems('f.mdx', withLinks, slugsKnown).map((p) => p.message)).toEqual([
      'link /modules/nowhere/: there is no modules page "nowhere". Fix the link or add content/th/modules/nowhere.mdx',
    ]);
    expect(textRuns('ก[ข](/x/)ค')).toEqual([{ text: 'ก' }, { text: 'ข', href: '/x/' }, { text: 'ค' }]);
  });
});
