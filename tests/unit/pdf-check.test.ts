import { describe, expect, it } from 'vitest';
import { marginIntruders, tocEntries } from '../../scripts/lib/pdf-check.ts';
import { fillSizes, pdfJobs, sizeLabel } from '../../scripts/lib/pdf-jobs.ts';

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
    expect(marginIntruders({ height: 842, words }, { top: 56, bottom: 62 }, ['ทุจริตคืออะไร และมีกี่รูปแบบ']).map((w) => w.text)).toEqual(['stray', 'ข้าว']);
  });
});

describe('PDF jobs', () => {
  it('makes both editions and a pack per session in each language', () => {
    const jobs = pdfJobs(['a', 'b'], (page) => `title of ${page}`);
    expect(jobs.map((j) => j.file)).toEqual([
      'downloads/th/handbook-participant.pdf',
      'downloads/th/handbook-facilitator.pdf',
      'downloads/th/session-a.pdf',
      'downloads/th/session-b.pdf',
      'downloads/en/handbook-participant.pdf',
      'downloads/en/handbook-facilitator.pdf',
      'downloads/en/session-a.pdf',
      'downloads/en/session-b.pdf',
    ]);
    expect(jobs[4]?.page).toBe('/en/book/participant/');
    expect(jobs[2]?.engine).toBe('chromium');
    expect(jobs[0]?.engine).toBe('vivliostyle');
  });
  it('labels sizes and fills them into the downloads page', () => {
    expect(sizeLabel(1536)).toBe('1.5 KB');
    expect(sizeLabel(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(fillSizes('<span class="s" data-pdf-size="downloads/th/a.pdf">…</span>', { 'downloads/th/a.pdf': '2.0 MB' })).toBe(
      '<span class="s" data-pdf-size="downloads/th/a.pdf">2.0 MB</span>',
    );
  });
});
