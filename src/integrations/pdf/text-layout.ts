/**
 * Where each piece of text of a page is drawn, by marked content, and whether it is Thai, read
 * straight from the content stream (no text extraction): the graphics state's matrix and the text matrix
 * give the height of every text-showing operation, and the font's ToUnicode map tells whether it
 * draws Thai letters. Fast enough to run on every page of every PDF in the build. Pure.
 */
import { mcidOf, type Operation } from './content-stream.ts';

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const nums = (op: Operation) => op.operands.map(Number);

export interface MarkedRun {
  /** Lowest and highest baseline of its text, in PDF user space (0 at the bottom of the page). */
  minY: number;
  maxY: number;
  /** True when it draws with a font that maps to Thai letters. */
  thai: boolean;
}

/** A text-showing operation: where it stands in the stream, its baseline, its marked content and font. */
export interface ShownText {
  index: number;
  /** Baseline, in PDF user space (0 at the bottom of the page). */
  y: number;
  /** The MCID of the marked content it is in; undefined when the engine left it untagged. */
  mcid: number | undefined;
  /** The font's resource name ("/F3"). */
  font: string;
}

/** Every text-showing operation of a page, with its baseline. */
export function shownText(ops: readonly Operation[]): ShownText[] {
  const shown: ShownText[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let tm: Matrix = IDENTITY;
  let line: Matrix = IDENTITY;
  let leading = 0;
  let font = '';
  const mcids: Array<number | undefined> = [];
  for (const [index, op] of ops.entries()) {
    switch (op.operator) {
      case 'q':
        stack.push(ctm);
        break;
      case 'Q':
        ctm = stack.pop() ?? IDENTITY;
        break;
      case 'cm':
        ctm = multiply(nums(op) as Matrix, ctm);
        break;
      case 'BT':
        tm = IDENTITY;
        line = IDENTITY;
        break;
      case 'Tm':
        tm = nums(op) as Matrix;
        line = tm;
        break;
      case 'Td':
      case 'TD': {
        const [tx = 0, ty = 0] = nums(op);
        if (op.operator === 'TD') leading = -ty;
        line = multiply([1, 0, 0, 1, tx, ty], line);
        tm = line;
        break;
      }
      case 'TL':
        leading = Number(op.operands[0] ?? 0);
        break;
      case 'T*':
        line = multiply([1, 0, 0, 1, 0, -leading], line);
        tm = line;
        break;
      case 'Tf':
        font = op.operands[0] ?? '';
        break;
      case 'BDC':
      case 'BMC':
        mcids.push(mcidOf(op) ?? mcids.at(-1));
        break;
      case 'EMC':
        mcids.pop();
        break;
      case 'Tj':
      case 'TJ':
      case "'":
      case '"':
        shown.push({ index, y: multiply(tm, ctm)[5], mcid: mcids.at(-1), font });
        break;
      default:
    }
  }
  return shown;
}

/**
 * @param thaiFonts the page's font resource names ("/F3") whose ToUnicode map holds Thai
 * @returns per MCID, where its text sits and whether it is Thai (content without text is absent)
 */
export function markedRuns(shown: readonly ShownText[], thaiFonts: ReadonlySet<string>): Map<number, MarkedRun> {
  const runs = new Map<number, MarkedRun>();
  for (const { mcid, y, font } of shown) {
    if (mcid === undefined) continue;
    const run = runs.get(mcid) ?? { minY: y, maxY: y, thai: false };
    run.minY = Math.min(run.minY, y);
    run.maxY = Math.max(run.maxY, y);
    run.thai ||= thaiFonts.has(font);
    runs.set(mcid, run);
  }
  return runs;
}

/** True when a ToUnicode CMap maps any code to a Thai letter (U+0E00–U+0E7F). */
export function cmapHasThai(cmap: string): boolean {
  return /<0e[0-7][0-9a-f]>/i.test(cmap) || /<[0-9a-f]{4,}>\s*<0e[0-7][0-9a-f]>/i.test(cmap);
}
