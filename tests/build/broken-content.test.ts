/**
 * A broken content file must stop the build with the file, the field and what is expected.
 * Each case copies the fixture content tree, breaks one thing, and runs the real checks:
 * the content check (npm run check:content) and Astro's own content sync.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const fixture = join(process.cwd(), 'tests/fixtures/content');
const dirs: string[] = [];

function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hb-content-'));
  dirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function checkContent(dir: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, HANDBOOK_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('content check', () => {
  it('passes the fixture tree', () => {
    const { status, output } = checkContent(fixture);
    expect(output).toMatch(/content\/ is valid/);
    expect(status).toBe(0);
  });

  it('names file, line and field of a wrongly typed field', () => {
    const dir = brokenCopy('th/modules/sample-module.mdx', (t) => t.replace('order: 1', 'order: first'));
    const { status, output } = checkContent(dir);
    expect(status).toBe(1);
    expect(output).toMatch(/th\/modules\/sample-module\.mdx:4: field "order": expected a whole number/);
  });

  it('reports a missing required field and a misspelt one', () => {
    const dir = brokenCopy('en/modules/sample-module.mdx', (t) => t.replace(/^title: .*$/m, '').replace('keyPoints:', 'keypoints:'));
    const { output } = checkContent(dir);
    expect(output).toMatch(/en\/modules\/sample-module\.mdx: field "title": expected text/);
    expect(output).toMatch(/unknown field\(s\) "keypoints"/);
  });

  it('refuses an agenda that does not add up to the duration', () => {
    const dir = brokenCopy('th/sessions/sample-session.mdx', (t) => t.replace('duration: 30', 'duration: 45'));
    const { output } = checkContent(dir);
    expect(output).toMatch(/sample-session\.mdx:\d+: field "agenda": the agenda's minutes add up to 30, but duration is 45/);
  });

  it('refuses an unknown glossary term, related slug and internal link', () => {
    let dir = brokenCopy(
      'th/modules/sample-module.mdx',
      (t) =>
        t.replace('id="sample-term"', 'id="no-such-term"').replace('[sample-session]', '[no-such-session]') + '\n[x](/modules/nowhere/)\n',
    );
    const { output } = checkContent(dir);
    expect(output).toMatch(/sample-module\.mdx:\d+: <Term id="no-such-term">: no glossary term/);
    expect(output).toMatch(/field "relatedSessions": "no-such-session" is not a session slug/);
    expect(output).toMatch(/link \/modules\/nowhere\/: there is no modules page "nowhere"/);
    dir = brokenCopy('th/glossary/sample-term.yaml', (t) => `${t}\n  bad: [`);
    expect(checkContent(dir).output).toMatch(/sample-term\.yaml: line \d+: the YAML is not valid/);
  });
});

describe('astro build', () => {
  /** Runs the real build on a content tree; the content check runs before any page is rendered. */
  function build(dir: string): { failed: boolean; output: string } {
    const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');
    try {
      execFileSync(process.execPath, [astro, 'build'], {
        env: {
          ...process.env,
          HANDBOOK_CONTENT_DIR: dir,
          OUT_DIR: join(dir, 'dist'),
          ASTRO_CACHE_DIR: join(dir, '.cache'),
          HANDBOOK_PDFS: 'skip',
          CONTENT_RULES: '',
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { failed: false, output: '' };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      // Strip terminal colours so the message reads as a person sees it.
      return {
        failed: true,
        output: `${e.stdout ?? ''}${e.stderr ?? ''}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), ''),
      };
    }
  }

  it('stops before rendering, naming the file, line and field, when frontmatter is broken', () => {
    const { failed, output } = build(brokenCopy('th/modules/sample-module.mdx', (t) => t.replace('order: 1', 'order: first')));
    expect(failed).toBe(true);
    expect(output).toMatch(/th\/modules\/sample-module\.mdx:4: field "order": expected a whole number/);
    expect(output).toMatch(/nothing was built/);
  });

  it('stops on a legal claim without a citation, naming the line', () => {
    const { failed, output } = build(brokenCopy('th/modules/sample-module.mdx', (t) => `${t}\nโทษจำคุกไม่เกิน 3 ปี\n`));
    expect(failed).toBe(true);
    expect(output).toMatch(/th\/modules\/sample-module\.mdx:\d+: This paragraph names a penalty but has no citation/);
  });
});
