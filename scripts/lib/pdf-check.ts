/**
 * Reading PDFs back with poppler-utils (pdfinfo, pdffonts, pdftotext) to check what the build
 * made: page count, tags, fonts, contents page numbers, and that nothing but the running header
 * and footer is printed in the page margins.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { decodeEntities } from '../../src/lib/downloads.ts';

const tool = (name: string, args: string[]) => execFileSync(name, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function pdfInfo(file: string): Record<string, string> {
  return Object.fromEntries(
    tool('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

/** Fonts and whether each is embedded (pdffonts' "emb" column). */
export function pdfFonts(file: string): Array<{ name: string; embedded: boolean }> {
  return tool('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: cols[0] ?? '', embedded: cols[cols.length - 5] === 'yes' };
    });
}

export function pageText(file: string, page: number): string {
  return tool('pdftotext', ['-f', String(page), '-l', String(page), file, '-']);
}

/** Text found in the PDF's compressed objects (document language, outline, structure tree). */
export function rawObjects(file: string): string {
  const data = readFileSync(file);
  const text = data.toString('latin1');
  const parts = [text];
  const re = /stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) break;
    try {
      parts.push(inflateSync(data.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflate stream (an image, a font): nothing to read here.
    }
  }
  return parts.join('\n');
}

/** "Title ....... 13" lines of a contents page: the title and the page number it promises. */
export function tocEntries(text: string): Array<{ title: string; page: number }> {
  return text
    .split('\n')
    .map((line) => /^(.*?)\s*\.{3,}\s*(\d+)\s*$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: (m[1] ?? '').trim(), page: Number(m[2]) }));
}

export interface Word {
  page: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every word with its position (points from the top of the page). */
export function words(file: string): { height: number; words: Word[] } {
  const xml = tool('pdftotext', ['-bbox', file, '-']);
  const height = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(xml)?.[1] ?? 842);
  const list: Word[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) list.push({ page, yMin: Number(m[1]), yMax: Number(m[2]), text: decodeEntities(m[3] ?? '') });
  }
  return { height, words: list };
}

/**
 * Words printed in the top or bottom margin that are not the running header (one of the allowed
 * header texts) or the footer ("หน้า 5 / 84", "Page 5 / 84").
 */
export function marginIntruders(
  all: { height: number; words: Word[] },
  margins: { top: number; bottom: number },
  headerTexts: readonly string[],
): Word[] {
  const header = headerTexts.join(' ');
  return all.words.filter((w) => {
    if (w.yMax <= margins.top) return !header.includes(w.text);
    if (w.yMin >= all.height - margins.bottom) return !/^(หน้า|Page|\d+|\/)$/.test(w.text);
    return false;
  });
}
