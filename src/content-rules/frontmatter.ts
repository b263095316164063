import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';

/** A file's frontmatter (parsed YAML), its body, and the line where the body starts. */
export interface ParsedFile {
  data: unknown;
  /** The raw YAML between the fences, for finding a field's line. */
  frontmatter: string;
  body: string;
  bodyStartLine: number;
}

/** Splits an MDX file into YAML frontmatter and body. Throws with the line on bad YAML. */
export function parseMdx(source: string): ParsedFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error('line 1: the file must start with frontmatter between two "---" lines');
  const data = parseYaml(match[1] ?? '', 1);
  return { data, frontmatter: match[1] ?? '', body: source.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}

/** Parses YAML; errors name the line (offset by `firstLine`, the line of the YAML's first line minus one). */
export function parseYaml(text: string, firstLine = 0): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = (error.mark?.line ?? 0) + 1 + firstLine;
      throw new Error(`line ${line}: the YAML is not valid (${error.reason})`, { cause: error });
    }
    throw error;
  }
}

/** The 1-based file line of a top-level frontmatter key (the opening "---" is line 1). */
export function lineOfKey(frontmatter: string, key: string): number | undefined {
  const index = frontmatter.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 2;
}
