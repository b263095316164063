/**
 * A page without an English translation is served under /en/ in Thai with a visible notice,
 * not as a 404. Built from the fixture tree, which has a Thai-only module.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite } from './fixture-site.ts';

let out = '';
beforeAll(() => {
  ({ out } = buildFixtureSite('hb-fallback-'));
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(out, 'dist', path, 'index.html'), 'utf8');

describe('untranslated pages', () => {
  it('serve the Thai original under /en/ with a notice, marked as Thai text', () => {
    const html = page('en/modules/untranslated-module');
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<article lang="th"/);
    expect(html).toContain('This page has no English translation yet, so the Thai original is shown.');
    expect(html).toContain('บทที่ยังไม่ได้แปล');
  });
  it('show no notice on translated pages', () => {
    expect(page('en/modules/sample-module')).not.toContain('no English translation yet');
    expect(existsSync(join(out, 'dist', 'modules', 'untranslated-module', 'index.html'))).toBe(true);
  });
  it('are listed by the translation report', () => {
    const report = execFileSync(process.execPath, ['scripts/translation-report.ts'], {
      env: { ...process.env, HANDBOOK_CONTENT_DIR: 'tests/fixtures/content' },
      encoding: 'utf8',
    });
    expect(report).toMatch(/missing\s+content\/en\/modules\/untranslated-module\.mdx/);
  });
  it('lists an English page as stale when its Thai original changes after translation', () => {
    const content = join(out, 'content');
    cpSync('tests/fixtures/content', content, { recursive: true });
    const env = { ...process.env, HANDBOOK_CONTENT_DIR: content };
    execFileSync(process.execPath, ['scripts/translation-stamp.ts', join(content, 'en/modules/sample-module.mdx')], { env });
    const report = () => execFileSync(process.execPath, ['scripts/translation-report.ts'], { env, encoding: 'utf8' });
    expect(report()).not.toMatch(/sample-module\.mdx/);
    const thai = join(content, 'th/modules/sample-module.mdx');
    writeFileSync(thai, readFileSync(thai, 'utf8').replace('ข้อความ', 'ข้อความที่แก้ไขแล้ว'));
    expect(report()).toMatch(/stale\s+content\/en\/modules\/sample-module\.mdx/);
  });
});
