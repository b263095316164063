/** What every content rule returns: where the problem is and what to do about it. */
export interface Problem {
  /** Path of the file from the project root, e.g. content/th/modules/x.mdx. */
  file: string;
  /** 1-based line, when the rule knows it. */
  line?: number | undefined;
  /** The top-level frontmatter field the problem is in, when there is one. */
  field?: string | undefined;
  message: string;
}

/** "content/th/modules/x.mdx:12: message" — the form editors and terminals link to. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}
