import { describe, expect, it } from 'vitest';
import { dropText, markArtifacts, mcidOf, parseOperations, writeOperations } from '../../src/integrations/pdf/content-stream.ts';

describe('PDF content streams', () => {
  it('reads operations with strings, hex strings, dictionaries and arrays as written', () => {
    const ops = parseOperations('q /P <</MCID 3 >>BDC BT (a \\) b) Tj [<0023> 5 <0058>] TJ ET EMC Q');
    expect(ops.map((o) => o.operator)).toEqual(['q', 'BDC', 'BT', 'Tj', 'TJ', 'ET', 'EMC', 'Q']);
    expect(ops[1]!.operands).toEqual(['/P', '<</MCID 3 >>']);
    expect(ops[3]!.operands).toEqual(['(a \\) b)']);
    expect(mcidOf(ops[1]!)).toBe(3);
  });
  it('marks the given MCIDs and untagged painting as artifacts, keeping text objects whole', () => {
    const src = '/NonStruct <</MCID 1 >>BDC BT (head) Tj ET EMC /P <</MCID 2 >>BDC BT (body) Tj ET EMC BT (7) Tj ET 0 0 5 5 re f';
    const out = writeOperations(markArtifacts(parseOperations(src), new Set([1])));
    expect(out.split('\n')).toEqual([
      '/Artifact BMC',
      'BT',
      '(head) Tj',
      'ET',
      'EMC',
      '/P <</MCID 2 >> BDC',
      'BT',
      '(body) Tj',
      'ET',
      'EMC',
      '/Artifact BMC',
      'BT',
      '(7) Tj',
      'ET',
      'EMC',
      '/Artifact BMC',
      '0 0 5 5 re',
      'f',
      'EMC',
    ]);
  });
  it('refuses inline images', () => {
    expect(() => parseOperations('BI /W 1 /H 1 ID x EI')).toThrow(/inline image/);
  });
  it('takes the text out of a running head, keeping the text state that later text relies on', () => {
    const ops = parseOperations('BT /F1 9 Tf 1 0 0 1 200 810 Tm [(Head)] TJ (more) \' 1 2 (spaced) " ET BT 0 -20 Td (body) Tj ET');
    expect(writeOperations(dropText(ops, new Set([3, 4, 5, 8]))).split('\n')).toEqual([
      'BT',
      '/F1 9 Tf',
      '1 0 0 1 200 810 Tm',
      'T*',
      '1 Tw',
      '2 Tc',
      'T*',
      'ET',
      'BT',
      '0 -20 Td',
      '(body) Tj',
      'ET',
    ]);
  });
});
