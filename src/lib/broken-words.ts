/**
 * Counts the words of the project's list that a document splits across two lines: what the Thai
 * line-breaking step exists to prevent (src/lib/thai-line-breaks.ts), measured in the text read
 * back from a PDF. Pure.
 */

export interface BrokenWord {
  word: string;
  /** The end of the line where it breaks and the start of the next. */
  at: string;
}

/**
 * @param lines the lines of one page in reading order
 * @param words the words that must stay whole
 */
export function wordsBrokenAtLineEnds(lines: readonly string[], words: Iterable<string>): BrokenWord[] {
  const list = [...words];
  const broken: BrokenWord[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const end = (lines[i] ?? '').trimEnd();
    const start = (lines[i + 1] ?? '').trimStart();
    if (!end || !start) continue;
    for (const word of list) {
      // Some split of the word: its head ends this line and its tail starts the next.
      for (let cut = 1; cut < word.length; cut += 1) {
        const head = word.slice(0, cut);
        const tail = word.slice(cut);
        if (end.endsWith(head) && start.startsWith(tail)) {
          broken.push({ word, at: `${end.slice(-12)} | ${start.slice(0, 12)}` });
          break;
        }
      }
    }
  }
  return broken;
}
