import { describe, expect, it } from 'vitest';
import { printLinks } from '../../src/lib/print-links.ts';

const html =
  '<p><a href="/glossary/#state-official" class="term">เจ้าหน้าที่ของรัฐ</a> ดู <a href="#source-2">[2]</a> และ <a href="https://www.nacc.go.th/">ป.ป.ช.</a></p>';

describe('links in print', () => {
  it('point to the public address when the handbook has one', () => {
    expect(printLinks(html, 'https://www.example.go.th/handbook/', '/')).toContain(
      'href="https://www.example.go.th/handbook/glossary/#state-official"',
    );
    expect(printLinks('<a href="/handbook/en/modules/x/">x</a>', 'https://www.example.go.th/handbook/', '/handbook/')).toBe(
      '<a href="https://www.example.go.th/handbook/en/modules/x/">x</a>',
    );
  });
  it('become plain words without a public address, keeping links inside the document and to other sites', () => {
    expect(printLinks(html, undefined, '/')).toBe(
      '<p><span class="site-ref">เจ้าหน้าที่ของรัฐ</span> ดู <a href="#source-2">[2]</a> และ <a href="https://www.nacc.go.th/">ป.ป.ช.</a></p>',
    );
  });
});
