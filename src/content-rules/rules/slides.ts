/**
 * Slides of a session: every <Slide> names the agenda row it belongs to (agenda={n}), rows exist
 * and never go back, and a translation has the same slides as the Thai session.
 */
import type { Problem } from '../problem.ts';
import { jsxName, lineOf, walk, type Node } from '../mdast.ts';

/** The agenda={n} of each <Slide> in a page, in order (undefined where it is missing). */
export function slideRows(tree: Node): Array<{ row: number | undefined; line: number | undefined }> {
  const rows: Array<{ row: number | undefined; line: number | undefined }> = [];
  walk(tree, (node) => {
    if (jsxName(node) !== 'Slide') return undefined;
    const attribute = ((node.attributes ?? []) as Array<{ name?: string; value?: unknown }>).find((a) => a.name === 'agenda');
    const value = attribute?.value;
    const raw = typeof value === 'object' && value !== null ? (value as { value?: string }).value : value;
    const row = Number(raw);
    rows.push({ row: Number.isInteger(row) ? row : undefined, line: lineOf(node) });
    return 'skip';
  });
  return rows;
}

export function slideProblems(file: string, tree: Node, agendaLength: number, thaiRows?: ReadonlyArray<number | undefined>): Problem[] {
  const problems: Problem[] = [];
  const rows = slideRows(tree);
  rows.forEach(({ row, line }, i) => {
    if (row === undefined) problems.push({ file, line, message: 'every <Slide> needs agenda={n}: the agenda row it belongs to' });
    else if (row < 1 || row > agendaLength)
      problems.push({ file, line, message: `slide ${i + 1} has agenda={${row}}, but the agenda has ${agendaLength} rows` });
    else if (i > 0 && row < (rows[i - 1]?.row ?? 0))
      problems.push({ file, line, message: `slide ${i + 1} goes back to agenda row ${row}; slides follow the agenda in order` });
  });
  if (thaiRows && thaiRows.join(',') !== rows.map((r) => r.row).join(',')) {
    problems.push({
      file,
      message: `slides differ from the Thai session (Thai agenda rows ${thaiRows.join(',') || 'none'}, here ${rows.map((r) => r.row).join(',') || 'none'}); translate the same slides`,
    });
  }
  return problems;
}
