import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { markupProblems } from '../../src/content-rules/rules/markup.ts';
import { slideProblems, slideRows } from '../../src/content-rules/rules/slides.ts';
import { citationProblems, claimsIn, citationNumber } from '../../src/content-rules/rules/citations.ts';
import { selfReferenceProblems } from '../../src/content-rules/rules/self-reference.ts';
import { castProblems } from '../../src/content-rules/rules/cast.ts';
import { vocabularyProblems } from '../../src/content-rules/rules/vocabulary.ts';
import type { Node } from '../../src/content-rules/mdast.ts';
import type { Source } from '../../src/schemas/source.ts';

const tree = (mdx: string) => mdxToMdast(mdx) as unknown as Node;
const messages = (problems: Array<{ message: string }>) => problems.map((p) => p.message);

describe('markup rules', () => {
  it('accepts headings that go down one level at a time, and links that say where they go', () => {
    expect(markupProblems('f.mdx', tree('## A\n\n### B\n\n## C\n\n[Module 3: gifts](/modules/x/)'), new Set())).toEqual([]);
  });
  it('names the line of a skipped heading level and of a "#" heading', () => {
    expect(markupProblems('f.mdx', tree('text\n\n## A\n\n#### B\n\n# C'), new Set())).toEqual([
      { file: 'f.mdx', line: 5, message: 'heading level 4 follows level 2; go down one level at a time (## then ###)' },
      { file: 'f.mdx', line: 7, message: 'a "# " heading in the body: the title is the page heading; start sections with "## "' },
    ]);
  });
  it('refuses vague link text in Thai and English, images without alt text and unknown glossary terms', () => {
    expect(
      messages(
        markupProblems('f.mdx', tree('[คลิกที่นี่](/a/) and [click here](/b/)\n\n![](/img.png) <Term id="nope">x</Term>'), new Set(['yes'])),
      ),
    ).toEqual([
      'link text "คลิกที่นี่" does not say where it goes; name the page or document instead',
      'link text "click here" does not say where it goes; name the page or document instead',
      'image /img.png has no alt text; write ![what the picture shows](/img.png)',
      '<Term id="nope">: no glossary term "nope". Use an existing id or add content/th/glossary/nope.yaml and content/en/glossary/nope.yaml',
    ]);
  });
});

describe('slides', () => {
  const body = tree('<Slide title="a" agenda={1}>x</Slide>\n\n<Slide title="b" agenda={3}>y</Slide>');
  it('accepts slides that follow the agenda', () => {
    expect(slideProblems('f.mdx', body, 3)).toEqual([]);
    expect(slideRows(body).map((r) => r.row)).toEqual([1, 3]);
  });
  it('refuses rows that do not exist, going back, and translations with other slides', () => {
    expect(messages(slideProblems('f.mdx', body, 2))).toEqual(['slide 2 has agenda={3}, but the agenda has 2 rows']);
    expect(messages(slideProblems('f.mdx', tree('<Slide title="a" agenda={2}/>\n\n<Slide title="b" agenda={1}/>'), 3))[0]).toMatch(
      /goes back/,
    );
    expect(messages(slideProblems('en.mdx', body, 3, [1]))[0]).toMatch(/differ from the Thai/);
  });
});

describe('citations', () => {
  const sources = new Map<string, Source>([
    ['oia', { id: 'oia', title: 'OIA', publisher: 'OIC', url: 'https://www.oic.go.th/', quality: 'primary' }],
    ['act', { id: 'act', title: 'Act', publisher: 'Gazette', url: 'https://ratchakitcha.soc.go.th/', quality: 'primary' }],
  ]);
  it('finds the kinds of legal claim in Thai and English', () => {
    expect(claimsIn('ตามมาตรา 18 ภายใน 15 วัน')).toEqual(['a section of a law']);
    expect(claimsIn('จำคุกไม่เกิน 3 ปี หรือปรับไม่เกิน 60,000 บาท')).toEqual(['a penalty', 'a money figure']);
    expect(claimsIn('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540')).toEqual(['the date of a law']);
    expect(claimsIn('Call the hotline 1205 or write to P.O. Box 100')).toEqual(['a reporting channel']);
    expect(claimsIn('Under section 4, a state official …')).toEqual(['a section of a law']);
    expect(claimsIn('ทีมลงพื้นที่ 5 จุดต่อวัน')).toEqual([]);
  });
  it('asks for a citation where a paragraph, list item or table row makes a claim, and nowhere else', () => {
    const mdx = [
      'ขอดูข้อมูลได้ตามมาตรา 11 <Cite id="oia" />',
      '',
      '- ยื่นอุทธรณ์ตามมาตรา 18',
      '',
      '| ช่องทาง | หมายเลข |',
      '|---|---|',
      '| สายด่วน | 1205 |',
      '',
      '## ตัวอย่างสมมติ: เรื่องในหมู่บ้าน',
      '',
      'งบ 500,000 บาท ไม่ต้องอ้างอิงในตัวอย่างสมมติ',
      '',
      '## บทถัดไป',
      '',
      '<Example title="x">',
      '',
      'ค่าปรับ 2,000 บาท',
      '',
      '</Example>',
      '',
      '<Slide title="s" agenda={1}>มาตรา 4</Slide>',
    ].join('\n');
    const found = citationProblems(tree(mdx), { file: 'f.mdx', sourceIds: ['oia'] }, { sources });
    expect(found.map((p) => `${p.line}: ${p.message.split(' but ')[0]}`)).toEqual([
      '3: This paragraph names a section of a law',
      '7: This table row names a reporting channel',
    ]);
  });
  it("refuses a cite that is not in the page's sources, and a listed source never cited", () => {
    const found = messages(citationProblems(tree('ดู <Cite id="act" />'), { file: 'f.mdx', sourceIds: ['oia'] }, { sources }));
    expect(found).toEqual([
      '<Cite id="act">: "act" is not in this page\'s sources; add it to the sources field',
      'source "oia" is listed but never cited; cite it with <Cite id="oia" /> where the page uses it, or remove it from sources',
    ]);
    expect(messages(citationProblems(tree('x'), { file: 'f.mdx', sourceIds: ['gone'] }, { sources }))[0]).toMatch(
      /has no file content\/data\/sources\/gone\.yaml/,
    );
  });
  it('numbers a citation by its place in the sources', () => {
    expect(citationNumber(['oia', 'act'], 'act')).toBe(2);
  });
});

describe('self-reference', () => {
  it('finds the handbook talking about its own research, in Thai and English', () => {
    const text = [
      'คู่มือนี้ยืนยันได้ 3 ช่องทาง',
      'ผู้จัดทำคู่มือยังไม่ได้ตรวจถ้อยคำ',
      'The handbook has not checked the 2561 text.',
      'This is not confirmed.',
      'ยังไม่ได้อ่าน',
      'ทีมยังไม่พบป้ายโครงการ',
    ].join('\n');
    expect(selfReferenceProblems('f.mdx', text).map((p) => p.line)).toEqual([1, 2, 3, 4]);
  });
});

describe('cast and vocabulary', () => {
  const cast = [
    { id: 'sommai', name: { th: 'นายสมหมาย ใจดี', en: 'Mr Sommai Jaidee' }, role: 'village head', real: false },
    { id: 'malee', name: { th: 'นางสาวมาลี ศรีสุข', en: 'Ms Malee Srisuk' }, role: 'teacher', real: false },
  ];
  it('accepts the cast with their titles, also by first name, and refuses others', () => {
    const th = 'นายสมหมาย ใจดี เล่าว่า\nนายสมหมายจึงถาม\nนางมาลี ศรีสุข\nนายวีระ ขยันยิ่ง\nนายกเทศมนตรี และนายอำเภอ';
    expect(castProblems('f.mdx', th, 'th', cast).map((p) => p.line)).toEqual([3, 4]);
    expect(
      castProblems('f.mdx', 'Mr Sommai Jaidee met Ms Malee Srisuk and Mr Weera Khayanying', 'en', cast).map((p) => p.message.slice(0, 20)),
    ).toEqual(['"Mr Weera Khayanying']);
  });
  it('names a wording the glossary says not to use', () => {
    expect(
      messages(vocabularyProblems('f.mdx', 'ทีมปฏิบัติงานลงพื้นที่', [{ variant: 'ทีมปฏิบัติงาน', preferred: 'ทีมปฏิบัติการ', id: 'field-team' }])),
    ).toEqual(['"ทีมปฏิบัติงาน": the handbook says "ทีมปฏิบัติการ" (glossary term field-team); use that wording']);
  });
});
