/** A small typed translator over flat dictionaries. Pure: no Astro, no DOM. */

export type Vars = Record<string, string | number>;
export type Translator<K extends string> = (key: K, vars?: Vars) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names used in a string, sorted: "Day {day}, session {n}" → ["day", "n"]. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

export function createTranslator<K extends string>(dict: Record<K, string>): Translator<K> {
  return (key, vars = {}) => {
    const text = dict[key];
    if (text === undefined) throw new Error(`Missing UI string "${key}".`);
    return text.replace(PLACEHOLDER, (_whole, name: string) => {
      const value = vars[name];
      if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}.`);
      return String(value);
    });
  };
}

/**
 * Checks that every dictionary has exactly the source dictionary's keys, no empty strings,
 * and the same placeholders. Throws one error listing every problem.
 */
export function validateDictionaries(dicts: Record<string, Record<string, string>>, sourceLang: string, folder: string): void {
  const source = dicts[sourceLang];
  if (!source) throw new Error(`No "${sourceLang}" dictionary in ${folder}.`);
  const problems: string[] = [];
  for (const [lang, dict] of Object.entries(dicts)) {
    for (const key of Object.keys(source)) {
      const value = dict[key];
      if (value === undefined) problems.push(`${folder}/${lang}.ts: missing key "${key}"; add its translation`);
      else if (value.trim() === '') problems.push(`${folder}/${lang}.ts: key "${key}" is empty`);
      else if (placeholders(value).join() !== placeholders(source[key] ?? '').join()) {
        problems.push(
          `${folder}/${lang}.ts: key "${key}" uses {${placeholders(value).join('}, {')}} but ${sourceLang} uses {${placeholders(source[key] ?? '').join('}, {')}}`,
        );
      }
    }
    for (const key of Object.keys(dict)) {
      if (!(key in source)) problems.push(`${folder}/${lang}.ts: key "${key}" is not in ${sourceLang}.ts; remove it or add it there`);
    }
  }
  if (problems.length > 0) throw new Error(`UI strings are inconsistent:\n  ${problems.join('\n  ')}`);
}
