/** Grading. Pure and tiny: it runs in the browser on every quiz page. */

/** True when the chosen option indexes are exactly the right ones (order does not matter). */
export function isCorrect(answerKey: string, chosen: readonly string[]): boolean {
  const right = answerKey.split(',').filter(Boolean).sort();
  const picked = [...new Set(chosen)].sort();
  return right.length === picked.length && right.every((value, i) => value === picked[i]);
}

export interface Score {
  right: number;
  answered: number;
  total: number;
}

/** Score of a quiz from the saved answers of each question id. */
export function score(keys: Readonly<Record<string, string>>, answers: Readonly<Record<string, readonly string[]>>): Score {
  const ids = Object.keys(keys);
  let right = 0;
  let answered = 0;
  for (const id of ids) {
    const chosen = answers[id];
    if (!chosen || chosen.length === 0) continue;
    answered += 1;
    if (isCorrect(keys[id] ?? '', chosen)) right += 1;
  }
  return { right, answered, total: ids.length };
}

/** The question ids answered wrongly: what "retry the wrong ones" clears. */
export function wrongIds(keys: Readonly<Record<string, string>>, answers: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.keys(keys).filter((id) => {
    const chosen = answers[id];
    return chosen !== undefined && chosen.length > 0 && !isCorrect(keys[id] ?? '', chosen);
  });
}
