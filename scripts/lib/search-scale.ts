/**
 * A copy of the built site with `factor` times its searchable content, for the search benchmark:
 * every page search indexes gets factor - 1 siblings (/modules/x-2/ … /modules/x-10/), each with
 * the same structure but its paragraphs, list items and table cells exchanged for ones drawn
 * (by a fixed-seed random choice) from all pages of the same language, and a numbered title.
 * Then the search index is built again over the copy, exactly as the build does.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';

const BLOCK = /<(p|li|td|dd)\b([^>]*)>([\s\S]*?)<\/\1>/gu;

/** A small fixed-seed random number generator (mulberry32), so every run makes the same site. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

export interface ScaledSite {
  dir: string;
  /** Pages search indexes in the copy, and how many of them were made. */
  pages: number;
  added: number;
}

export async function scaledSite(dist: string, dir: string, factor: number, base = '/'): Promise<ScaledSite> {
  rmSync(dir, { recursive: true, force: true });
  cpSync(dist, dir, { recursive: true });
  const sources = walk(dir)
    .filter((f) => f.endsWith('index.html'))
    .map((file) => ({ file, html: readFileSync(file, 'utf8') }))
    .filter((p) => p.html.includes('data-pagefind-body'));
  const blocks: Record<'th' | 'en', string[]> = { th: [], en: [] };
  const langOf = (file: string): 'th' | 'en' => (relative(dir, file).startsWith('en/') ? 'en' : 'th');
  // The pool is reading text only: blocks inside parts search leaves out (sources, quizzes) stay out.
  for (const { file, html } of sources) for (const m of withoutIgnored(bodyOf(html)).matchAll(BLOCK)) blocks[langOf(file)].push(m[3] ?? '');
  const next = random(20230519);
  let made = 0;
  for (const { file, html } of sources) {
    const lang = langOf(file);
    const pool = blocks[lang];
    const folder = join(file, '..');
    for (let k = 2; k <= factor; k += 1) {
      const body = bodyOf(html);
      const mixed = body.replace(
        BLOCK,
        (_, tag: string, attributes: string) => `<${tag}${attributes}>${pool[Math.floor(next() * pool.length)] ?? ''}</${tag}>`,
      );
      const titled = html
        .replace(body, mixed)
        .replace(/(<h1\b[^>]*>)([\s\S]*?)(<\/h1>)/u, `$1$2 (${lang === 'th' ? 'ชุดที่' : 'set'} ${k})$3`)
        .replace(/(data-pagefind-meta="title:)([^"]*)"/u, `$1$2 (${lang === 'th' ? 'ชุดที่' : 'set'} ${k})"`);
      const target = join(`${folder}-${k}`, 'index.html');
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, titled);
      made += 1;
    }
  }
  rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
  const result = await writeSearchIndex(dir, base);
  return { dir, pages: result.pages, added: made };
}

/** HTML without the elements marked data-pagefind-ignore (same-name nesting counted). */
function withoutIgnored(html: string): string {
  let out = html;
  for (
    let m = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/iu.exec(out);
    m;
    m = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/iu.exec(out)
  ) {
    out = `${out.slice(0, m.index)} ${out.slice(closeOf(out, m.index, m[1] ?? 'div'))}`;
  }
  return out;
}

function closeOf(html: string, at: number, tag: string): number {
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'giu');
  re.lastIndex = at;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** The data-pagefind-body element of a page, as HTML (same-name nesting counted). */
function bodyOf(html: string): string {
  const open = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/iu.exec(html);
  if (!open) return '';
  const tag = open[1] ?? 'div';
  const re = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'giu');
  re.lastIndex = open.index;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.index, m.index + m[0].length);
  }
  return html.slice(open.index);
}
