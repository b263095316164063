import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { chunksFor, metaChunks, metaPages } from '../../src/lib/pagefind-meta.ts';
import { phrase, readChunk, type Postings } from '../../src/lib/search-index-reader.ts';
import { atomsFrom, encodeUnit, indexText, units } from '../../src/lib/search-tokens.ts';

const dir = mkdtempSync(join(tmpdir(), 'hb-pagefind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading Pagefind’s index without Pagefind', () => {
  it('finds the coded units of custom records at their positions', async () => {
    const atoms = atomsFrom(['ทุจริต', 'การ', 'แจ้ง', 'เบาะแส']);
    const texts = ['การทุจริต และ การแจ้งเบาะแส', 'แจ้ง ทุจริต', 'nothing here'];
    const { index } = await pagefind.createIndex({});
    if (!index) throw new Error('Pagefind did not start');
    for (const [n, text] of texts.entries()) {
      await index.addCustomRecord({ url: `/p${n}/`, content: indexText(units(text, atoms)), language: 'th', meta: { title: `p${n}` } });
    }
    await index.writeFiles({ outputPath: dir });
    await pagefind.close();
    const meta = readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
    const inflated = new Uint8Array(gunzipSync(readFileSync(join(dir, meta))));
    const pages = metaPages(inflated);
    expect(pages).toHaveLength(3);
    const chunks = metaChunks(inflated);
    const postings: Postings = new Map();
    for (const file of readdirSync(join(dir, 'index')))
      readChunk(new Uint8Array(gunzipSync(readFileSync(join(dir, 'index', file)))), postings);
    const word = (t: string) => units(t, atoms).map(encodeUnit);
    const page = (url: string) =>
      pages.findIndex(
        ([id]) =>
          id ===
          readdirSync(join(dir, 'fragment'))
            .find(
              (f) =>
                JSON.parse(
                  gunzipSync(readFileSync(join(dir, 'fragment', f)))
                    .subarray(12)
                    .toString(),
                ).url === url,
            )
            ?.replace('.pf_fragment', ''),
      );
    const found = phrase(postings, word('แจ้งเบาะแส'));
    expect([...found.keys()]).toEqual([page('/p0/')]);
    // The position is the unit's number in the page's units, gaps counted.
    expect(found.get(page('/p0/'))).toEqual([units(texts[0] ?? '', atoms).findIndex((u) => u.text === 'แจ้ง')]);
    expect(phrase(postings, word('ทุจริต')).size).toBe(2);
    expect(chunksFor(word('ทุจริต')[0] ?? '', chunks).length).toBeGreaterThan(0);
    // Reading only some words skips the rest.
    const some: Postings = new Map();
    for (const file of readdirSync(join(dir, 'index')))
      readChunk(new Uint8Array(gunzipSync(readFileSync(join(dir, 'index', file)))), some, new Set(word('ทุจริต')));
    expect([...some.keys()]).toEqual(word('ทุจริต'));
  });
});
