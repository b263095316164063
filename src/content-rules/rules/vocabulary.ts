/**
 * One vocabulary: each glossary term may list wordings the handbook does not use (`avoid`), and
 * a page or quiz that uses one is named with the term to use instead.
 */
import type { AvoidedWording } from '../content-index.ts';
import type { Problem } from '../problem.ts';

export function vocabularyProblems(file: string, text: string, avoided: readonly AvoidedWording[], firstLine = 1): Problem[] {
  const problems: Problem[] = [];
  if (avoided.length === 0) return problems;
  text.split('\n').forEach((line, i) => {
    // The glossary's own avoid lists name the wordings on purpose.
    if (/^\s*(?:avoid:|-\s)/.test(line) && file.includes('/glossary/')) return;
    for (const { variant, preferred, id } of avoided) {
      if (line.toLocaleLowerCase().includes(variant.toLocaleLowerCase())) {
        problems.push({
          file,
          line: firstLine + i,
          message: `"${variant}": the handbook says "${preferred}" (glossary term ${id}); use that wording`,
        });
      }
    }
  });
  return problems;
}
