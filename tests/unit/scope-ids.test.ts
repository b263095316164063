import { describe, expect, it } from 'vitest';
import { scopeIds, scopedId } from '../../src/lib/scope-ids.ts';

describe('ids of one chapter among many', () => {
  it('are short, stable and carry the chapter prefix', () => {
    expect(scopedId('m3', 'ความหมายตามกฎหมาย')).toBe(scopedId('m3', 'ความหมายตามกฎหมาย'));
    expect(scopedId('m3', 'ความหมายตามกฎหมาย')).toMatch(/^m3-[0-9a-z]{1,7}$/);
    expect(scopedId('m3', 'a')).not.toBe(scopedId('m4', 'a'));
  });
  it('are applied to ids and to every reference to them inside the chapter, and nothing else', () => {
    const html =
      '<h2 id="a">A</h2><a href="#a">to A</a><a href="#elsewhere">out</a><label for="q">x</label><input id="q"><p aria-describedby="a q">d</p>';
    const out = scopeIds(html, 'm1');
    const a = scopedId('m1', 'a');
    const q = scopedId('m1', 'q');
    expect(out).toBe(
      `<h2 id="${a}">A</h2><a href="#${a}">to A</a><a href="#elsewhere">out</a><label for="${q}">x</label><input id="${q}"><p aria-describedby="${a} ${q}">d</p>`,
    );
  });
});
