import { describe, expect, it } from 'vitest';
import { headingTexts, slideProblems, writingProblems } from '../../scripts/lib/content-rules.ts';

describe('writing rules', () => {
  it('accepts headings that go down one level at a time, and links that say where they go', () => {
    expect(writingProblems('f.mdx', '## A\n### B\n## C\n[Module 3: gifts](/modules/x/)', 10)).toEqual([]);
  });
  it('names the line of a skipped heading level', () => {
    expect(writingProblems('f.mdx', 'text\n## A\n#### B', 10)).toEqual([
      { file: 'f.mdx', line: 12, message: 'heading level 4 follows level 2; go down one level at a time (## then ###)' },
    ]);
  });
  it('refuses vague link text in Thai and English, and images without alt text', () => {
    const found = writingProblems('f.mdx', '[คลิกที่นี่](/a/) and [click here](/b/)\n![](/img.png)', 1).map((p) => p.message);
    expect(found).toEqual([
      'link text "คลิกที่นี่" does not say where it goes; name the page or document instead',
      'link text "click here" does not say where it goes; name the page or document instead',
      'image /img.png has no alt text; write ![what the picture shows](/img.png)',
    ]);
  });
  it('reads heading texts for quiz links, with curly quotes made straight', () => {
    expect([...headingTexts('## หัวข้อ “หนึ่ง”\ntext\n### สอง')]).toEqual(['หัวข้อ "หนึ่ง"', 'สอง']);
  });
});

describe('slides', () => {
  const body = '<Slide title="a" agenda={1}>x</Slide>\n<Slide title="b" agenda={3}>y</Slide>';
  it('accepts slides that follow the agenda', () => {
    expect(slideProblems('f.mdx', body, 3)).toEqual([]);
  });
  it('refuses rows that do not exist, going back, and translations with other slides', () => {
    expect(slideProblems('f.mdx', body, 2).map((p) => p.message)).toEqual(['slide 2 has agenda={3}, but the agenda has 2 rows']);
    expect(slideProblems('f.mdx', '<Slide title="a" agenda={2}/>\n<Slide title="b" agenda={1}/>', 3)[0]?.message).toMatch(/goes back/);
    expect(slideProblems('en.mdx', body, 3, '<Slide title="a" agenda={1}>x</Slide>')[0]?.message).toMatch(/differ from the Thai/);
  });
});
