/**
 * The words of every link in an HTML page, by href: what a PDF's link annotation says when a
 * screen reader lands on it. The first text found for an href wins. Pure.
 */
import { decodeEntities } from './downloads.ts';

const LINK = /<a\s(?:[^"'>]|"[^"]*"|'[^']*')*?href="([^"]*)"(?:[^"'>]|"[^"]*"|'[^']*')*>([\s\S]*?)<\/a>/gi;

export function linkTexts(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [, href = '', inner = ''] of html.matchAll(LINK)) {
    const text = decodeEntities(inner.replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (text && !texts.has(href)) texts.set(decodeEntities(href), text);
  }
  return texts;
}
