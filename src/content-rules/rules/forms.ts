/**
 * Rules for the structured field forms (src/schemas/form.ts): a translation has the same
 * sections, fields, choices and rows with the same ids as the Thai form, so a record filled in
 * one language reads the same in the other; and links in the form's texts lead to pages that
 * exist. Pure: works on parsed frontmatter.
 */
import type { PageKind } from '../content-index.ts';
import type { Problem } from '../problem.ts';
import { textRuns } from '../../lib/field-kit/form-model.ts';

type Data = Record<string, unknown>;
const list = (v: unknown): Data[] => (Array.isArray(v) ? (v as Data[]) : []);
const keys = (v: unknown): string => (v && typeof v === 'object' ? Object.keys(v).join('/') : '');

/** One line per stored thing: "general.team:number", "signboard.items:grid:seen=choice(yes/no/unsure)". */
export function formShape(data: Data): string[] {
  const shape: string[] = [`fieldKit:${String(data['fieldKit'] ?? false)}`, `personal:${String(data['personal'] ?? false)}`];
  for (const section of list(data['sections'])) {
    for (const field of list(section['fields'])) {
      if (field['type'] === 'para') continue;
      const columns = list(field['columns']).map((c) => `${String(c['id'])}=${String(c['type'])}(${keys(c['options'])})`);
      const items = Array.isArray(field['items']) ? list(field['items']).map((i) => String(i['id'])) : [String(field['items'] ?? '')];
      shape.push(
        [
          `${String(section['id'])}.${String(field['id'])}:${String(field['type'])}`,
          keys(field['options']),
          field['other'] ? 'other' : '',
          columns.join(','),
          field['type'] === 'grid' ? items.join(',') : '',
          field['rows'] ?? field['count'] ?? '',
          String(field['role'] ?? ''),
        ]
          .filter((p) => p !== '')
          .join(':'),
      );
    }
  }
  return shape;
}

/** A translated form must store the same things under the same ids as the Thai form. */
export function formTwinProblems(file: string, thai: Data, other: Data): Problem[] {
  const a = formShape(thai);
  const b = formShape(other);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) {
      return [
        {
          file,
          field: 'sections',
          message: `the form differs from the Thai form (Thai ${a[i] ?? 'nothing'}, here ${b[i] ?? 'nothing'}): keep the same sections, field ids, types, choices and rows, in the same order`,
        },
      ];
    }
  }
  return [];
}

const INTERNAL = /^\/(?:en\/)?(modules|sessions|forms)\/([^/?#]+)\/?/;

/** Every text of a form (intros, notes, labels) with its [links](/path/) checked. */
export function formLinkProblems(file: string, data: Data, slugs: Readonly<Record<PageKind, ReadonlySet<string>>>): Problem[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(data['sections']);
  const problems: Problem[] = [];
  for (const text of texts) {
    for (const run of textRuns(text)) {
      const match = run.href === undefined ? null : INTERNAL.exec(run.href);
      if (run.href !== undefined && !run.href.startsWith('/') && !/^https?:\/\//.test(run.href))
        problems.push({
          file,
          field: 'sections',
          message: `link ${run.href}: write links from the site root ("/modules/x/") or as a full address`,
        });
      if (match) {
        const [, kind, slug] = match as unknown as [string, PageKind, string];
        if (!slugs[kind].has(slug))
          problems.push({
            file,
            field: 'sections',
            message: `link ${run.href}: there is no ${kind} page "${slug}". Fix the link or add content/th/${kind}/${slug}.mdx`,
          });
      }
    }
  }
  return problems;
}
