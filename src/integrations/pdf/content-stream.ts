/**
 * Just enough of a PDF content-stream reader to mark page furniture as artifacts: it splits a
 * stream into operations (operands + operator) and can write them back. Strings, hex strings,
 * names, numbers, arrays and dictionaries are kept as their source text. Pure.
 */

export interface Operation {
  /** The operands' source text, each as written ("/TH", "<</MCID 3 >>", "(abc)"). */
  operands: string[];
  operator: string;
}

// Character classes by char code: whitespace and the delimiters that end a token.
const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;
const ends = (code: number) => code < 256 && (WHITE[code] === 1 || DELIM[code] === 1);
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** Reads a balanced (…) string from `i`, returns the index after it. */
function endOfString(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; j += 1) {
    const c = src.charCodeAt(j);
    if (c === 92 /* \ */) j += 1;
    else if (c === 40 /* ( */) depth += 1;
    else if (c === 41 /* ) */ && --depth === 0) return j + 1;
  }
  return src.length;
}

/** Reads a balanced << … >> dictionary or [ … ] array from `i`. */
function endOfNested(src: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let j = i; j < src.length;) {
    if (src.startsWith(open, j)) {
      depth += 1;
      j += open.length;
    } else if (src.startsWith(close, j)) {
      depth -= 1;
      j += close.length;
      if (depth === 0) return j;
    } else if (src.charCodeAt(j) === 40) j = endOfString(src, j);
    else j += 1;
  }
  return src.length;
}

/**
 * The operations of a content stream. Streams are read as latin1 text (one character per byte),
 * which keeps binary string content intact. Throws on inline images (BI … EI), which it does not
 * read; callers leave such a page alone.
 */
export function parseOperations(src: string): Operation[] {
  const ops: Operation[] = [];
  let operands: string[] = [];
  let i = 0;
  const length = src.length;
  while (i < length) {
    const c = src.charCodeAt(i);
    if (c < 256 && WHITE[c] === 1) {
      i += 1;
    } else if (c === 37 /* % */) {
      while (i < length && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i += 1;
    } else if (c === 40 /* ( */) {
      const end = endOfString(src, i);
      operands.push(src.slice(i, end));
      i = end;
    } else if (c === 60 /* < */ && src.charCodeAt(i + 1) === 60) {
      const end = endOfNested(src, i, '<<', '>>');
      operands.push(src.slice(i, end));
      i = end;
    } else if (c === 60) {
      const end = src.indexOf('>', i) + 1 || length;
      operands.push(src.slice(i, end));
      i = end;
    } else if (c === 91 /* [ */) {
      const end = endOfNested(src, i, '[', ']');
      operands.push(src.slice(i, end));
      i = end;
    } else if (c === 47 /* / */) {
      let j = i + 1;
      while (j < length && !ends(src.charCodeAt(j))) j += 1;
      operands.push(src.slice(i, j));
      i = j;
    } else {
      let j = i;
      while (j < length && !ends(src.charCodeAt(j))) j += 1;
      if (j === i) j = i + 1;
      const token = src.slice(i, j);
      i = j;
      if (NUMBER.test(token) || token === 'true' || token === 'false' || token === 'null') {
        operands.push(token);
      } else {
        if (token === 'BI') throw new Error('inline image');
        ops.push({ operands, operator: token });
        operands = [];
      }
    }
  }
  return ops;
}

export function writeOperations(ops: readonly Operation[]): string {
  return ops.map((op) => (op.operands.length > 0 ? `${op.operands.join(' ')} ${op.operator}` : op.operator)).join('\n');
}

/** The MCID of a BDC operation's properties ("<</MCID 12 >>"), if it has one. */
export function mcidOf(op: Operation): number | undefined {
  if (op.operator !== 'BDC') return undefined;
  const match = /\/MCID\s+(\d+)/.exec(op.operands[1] ?? '');
  return match ? Number(match[1]) : undefined;
}

const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'Do', 'sh']);

/**
 * Page furniture becomes artifact: the marked-content sequences of the given MCIDs are re-tagged
 * /Artifact, and painting done outside any marked content (what the engine left untagged) is
 * wrapped in /Artifact BMC … EMC — a whole text object at a time, and each path with its painting
 * operator, so marked content never crosses a text object's edges.
 */
export function markArtifacts(ops: readonly Operation[], artifactMcids: ReadonlySet<number>): Operation[] {
  const out: Operation[] = [];
  let depth = 0;
  let inText = false;
  let textStart = -1;
  let textNeedsWrap = false;
  let pathStart = -1;
  const open: Operation = { operands: ['/Artifact'], operator: 'BMC' };
  const close: Operation = { operands: [], operator: 'EMC' };
  for (const op of ops) {
    const mcid = mcidOf(op);
    if (mcid !== undefined && artifactMcids.has(mcid)) {
      out.push({ operands: ['/Artifact'], operator: 'BMC' });
      depth += 1;
      continue;
    }
    if (op.operator === 'BDC' || op.operator === 'BMC') depth += 1;
    if (op.operator === 'EMC') depth -= 1;
    if (op.operator === 'BT') {
      inText = true;
      textStart = out.length;
      textNeedsWrap = false;
      out.push(op);
      continue;
    }
    if (op.operator === 'ET') {
      out.push(op);
      inText = false;
      if (textNeedsWrap && depth === 0) {
        out.splice(textStart, 0, open);
        out.push(close);
      }
      continue;
    }
    if (inText) {
      if (depth === 0 && PAINTING.has(op.operator)) textNeedsWrap = true;
      out.push(op);
      continue;
    }
    if (depth === 0 && ['m', 're'].includes(op.operator) && pathStart === -1) pathStart = out.length;
    out.push(op);
    if (depth === 0 && PAINTING.has(op.operator)) {
      const start = pathStart === -1 ? out.length - 1 : pathStart;
      out.splice(start, 0, open);
      out.push(close);
    }
    if (['n', ...PAINTING].includes(op.operator)) pathStart = -1;
  }
  return out;
}

/** Text-showing operators, and what each leaves behind when its text is taken out. */
const SHOW_TEXT: Record<string, (op: Operation) => Operation[]> = {
  Tj: () => [],
  TJ: () => [],
  // ' moves to the next line first, " also sets the word and character spacing.
  "'": () => [{ operands: [], operator: 'T*' }],
  '"': (op) => [
    { operands: [op.operands[0]!], operator: 'Tw' },
    { operands: [op.operands[1]!], operator: 'Tc' },
    { operands: [], operator: 'T*' },
  ],
};

/**
 * Takes out the text of the given text-showing operations (by index; a running head on a chapter
 * opener): the operators go, the text state and positions they set stay, so nothing after them
 * moves.
 */
export function dropText(ops: readonly Operation[], indexes: ReadonlySet<number>): Operation[] {
  return ops.flatMap((op, i) => (indexes.has(i) && op.operator in SHOW_TEXT ? SHOW_TEXT[op.operator]!(op) : [op]));
}
