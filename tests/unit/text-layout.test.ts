import { describe, expect, it } from 'vitest';
import { parseOperations } from '../../src/integrations/pdf/content-stream.ts';
import { cmapHasThai, markedRuns, shownText } from '../../src/integrations/pdf/text-layout.ts';

describe('where marked content is drawn', () => {
  it('follows cm, Tm and Td to each show, per MCID, and knows Thai fonts', () => {
    const ops = parseOperations(
      '.24 0 0 -.24 0 841.92 cm q /NonStruct <</MCID 1 >>BDC BT /F1 10 Tf 1 0 0 -1 100 120 Tm <0023> Tj ET EMC ' +
        '/P <</MCID 2 >>BDC BT /F2 10 Tf 1 0 0 -1 100 3300 Tm <0041> Tj 0 40 Td <0042> Tj ET EMC Q',
    );
    const runs = markedRuns(shownText(ops), new Set(['/F1']));
    expect(runs.get(1)).toEqual({ minY: 841.92 - 0.24 * 120, maxY: 841.92 - 0.24 * 120, thai: true });
    const body = runs.get(2)!;
    expect(body.thai).toBe(false);
    expect(body.minY).toBeCloseTo(841.92 - 0.24 * 3300);
    expect(body.maxY).toBeCloseTo(841.92 - 0.24 * 3260);
  });
  it('finds untagged text too (Chromium draws page margins untagged), by its place in the stream', () => {
    const ops = parseOperations('.24 0 0 -.24 0 841.92 cm q BT /F4 16 Tf 1 0 0 -1 359 43 Tm <0046> Tj ET Q');
    const [head] = shownText(ops);
    expect(head).toMatchObject({ index: 5, mcid: undefined, font: '/F4' });
    expect(head!.y).toBeCloseTo(841.92 - 0.24 * 43);
  });
  it('reads Thai in ToUnicode maps', () => {
    expect(cmapHasThai('1 beginbfchar\n<0023> <0E1B>\nendbfchar')).toBe(true);
    expect(cmapHasThai('1 beginbfrange\n<0001> <0005> <0041>\nendbfrange')).toBe(false);
  });
});
