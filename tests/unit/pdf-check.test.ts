import { describe, expect, it } from 'vitest';
import { marginIntruders, tocEntries } from '../../scripts/lib/pdf-check.ts';
import { downloads, sizeLabel } from '../../src/lib/downloads.ts';

describe('PDF checks', () => {
  it('reads contents lines with dot leaders', () => {
    expect(tocEntries('สารบัญ\nทุจริตคืออะไร......................3\nCPI (2562) ..... 41\nno number here')).toEqual([
      { title: 'ทุจริตคืออะไร', page: 3 },
      { title: 'CPI (2562)', page: 41 },
    ]);
  });
  it('finds words in the margins that are not the header or footer', () => {
    const words = [
      { page: 1, yMin: 20, yMax: 30, text: 'ทุจริตคืออะไร' },
      { page: 1, yMin: 20, yMax: 30, text: 'stray' },
      { page: 1, yMin: 400, yMax: 410, text: 'body' },
      { page: 1, yMin: 800, yMax: 810, text: 'หน้า' },
      { page: 1, yMin: 800, yMax: 810, text: '3' },
      { page: 1, yMin: 830, yMax: 840, text: 'ข้าว' },
    ];
    expect(marginIntruders({ height: 842, words }, { top: 56, bottom: 62 }, ['ทุจริตคืออะไร และมีกี่รูปแบบ']).map((w) => w.text)).toEqual([
      'stray',
      'ข้าว',
    ]);
  });
});

describe('downloads', () => {
  it('lists both manuals, a handout and a trainer pack per session, and a file per form, in each language', () => {
    const files = downloads({ sessions: ['a'], forms: ['f'] }).map((d) => `${d.page} -> ${d.file}`);
    expect(files).toEqual([
      '/book/participant/ -> downloads/th/handbook-participant.pdf',
      '/book/facilitator/ -> downloads/th/handbook-facilitator.pdf',
      '/book/sessions/a/handout/ -> downloads/th/session-a-handout.pdf',
      '/book/sessions/a/trainer/ -> downloads/th/session-a-trainer.pdf',
      '/book/forms/f/ -> downloads/th/form-f.pdf',
      '/en/book/participant/ -> downloads/en/handbook-participant.pdf',
      '/en/book/facilitator/ -> downloads/en/handbook-facilitator.pdf',
      '/en/book/sessions/a/handout/ -> downloads/en/session-a-handout.pdf',
      '/en/book/sessions/a/trainer/ -> downloads/en/session-a-trainer.pdf',
      '/en/book/forms/f/ -> downloads/en/form-f.pdf',
    ]);
  });
  it('writes sizes as people read them', () => {
    expect(sizeLabel(1536)).toBe('1.5 KB');
    expect(sizeLabel(2_400_000)).toBe('2.3 MB');
  });
});
