/**
 * How a form definition (src/schemas/form.ts) turns into what is printed and filled: the blocks a
 * section is drawn in, the path each answer is stored under, and the rows of a checklist. The
 * paper form, the phone form and the field kit's scripts all use these, so an answer typed on the
 * phone lands in the same place on paper. Pure.
 */
import type { FormColumn, FormData, FormField, FormSection } from '../../schemas/form.ts';

export type { FormColumn, FormData, FormField, FormSection };

/** Fields answered on one row of a label/answer table (or one line of a letter). */
export type SimpleField = Extract<
  FormField,
  { type: 'text' | 'number' | 'date' | 'time' | 'timeRange' | 'choice' | 'checks' | 'check' | 'list' }
>;
export type GridField = Extract<FormField, { type: 'grid' }>;
export type TableField = Extract<FormField, { type: 'table' }>;
export type PhotosField = Extract<FormField, { type: 'photos' }>;
export type SignatureField = Extract<FormField, { type: 'signature' }>;
export type ParaField = Extract<FormField, { type: 'para' }>;

export type Block =
  | { kind: 'rows'; fields: SimpleField[] }
  | { kind: 'grid'; field: GridField }
  | { kind: 'table'; field: TableField }
  | { kind: 'photos'; field: PhotosField }
  | { kind: 'signature'; field: SignatureField }
  | { kind: 'para'; field: ParaField };

const SIMPLE = new Set(['text', 'number', 'date', 'time', 'timeRange', 'choice', 'checks', 'check', 'list']);

export function isSimple(field: FormField): field is SimpleField {
  return SIMPLE.has(field.type);
}

/** A section's fields in drawing order, with neighbouring simple fields gathered into one table. */
export function sectionBlocks(section: FormSection): Block[] {
  const blocks: Block[] = [];
  for (const field of section.fields) {
    if (isSimple(field)) {
      const last = blocks.at(-1);
      if (last?.kind === 'rows') last.fields.push(field);
      else blocks.push({ kind: 'rows', fields: [field] });
    } else if (field.type === 'grid') blocks.push({ kind: 'grid', field });
    else if (field.type === 'table') blocks.push({ kind: 'table', field });
    else if (field.type === 'photos') blocks.push({ kind: 'photos', field });
    else if (field.type === 'signature') blocks.push({ kind: 'signature', field });
    else blocks.push({ kind: 'para', field });
  }
  return blocks;
}

/** Where an answer is stored: "general.date", "signboard.items.present.seen", "people.rows.2.role". */
export function valuePath(...parts: Array<string | number>): string {
  return parts.join('.');
}

/** The workshop's sessions, which title the rows of a checklist of "sessions" (the evaluation form). */
export type SessionTitles = ReadonlyArray<{ slug: string; title: string }>;

/** The rows of a checklist; "sessions" rows are titled by the caller (the workshop programme). */
export function gridItems(field: GridField, sessions: SessionTitles = []) {
  if (field.items === 'sessions')
    return sessions.map((s) => ({
      id: s.slug.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase()),
      label: s.title,
      only: undefined,
    }));
  return field.items;
}

/**
 * The rows of a checklist (its items) or of a table (numbered 1…rows), as the phone and the paper
 * form both lay them out: `key` for the answer's path, `label` the item's or the row's own label
 * (a table's only when it has a head column), `only` the columns the row answers.
 */
export function tableRows(
  field: GridField | TableField,
  sessions: SessionTitles,
): Array<{ key: string; label: string | undefined; only: readonly string[] | undefined }> {
  if (field.type === 'grid') return gridItems(field, sessions).map((item) => ({ key: item.id, label: item.label, only: item.only }));
  return Array.from({ length: field.rows }, (_, i) => ({
    key: String(i + 1),
    label: field.head ? (field.rowLabels?.[i] ?? String(i + 1)) : undefined,
    only: undefined,
  }));
}

/** The columns one checklist row answers. */
export function itemColumns(field: GridField | TableField, only: readonly string[] | undefined): FormColumn[] {
  return only ? field.columns.filter((c) => only.includes(c.id)) : field.columns;
}

/** The ids of the finding choices, in the order they are shown. */
export const FINDINGS = ['match', 'mismatch', 'unverifiable'] as const;
export type Finding = (typeof FINDINGS)[number];

/** The choices of a column as id/label pairs; `findingLabels` names the three findings. */
export function columnOptions(column: FormColumn, findingLabels: Record<Finding, string>): Array<{ id: string; label: string }> {
  if (column.type === 'finding') return FINDINGS.map((id) => ({ id, label: findingLabels[id] }));
  if (column.type === 'choice') return Object.entries(column.options).map(([id, label]) => ({ id, label }));
  return [];
}

/** A field's choices as id/label pairs (with the "other" choice last when the field has one). */
export function fieldOptions(field: Extract<FormField, { type: 'choice' | 'checks' }>): Array<{ id: string; label: string }> {
  const list = Object.entries(field.options).map(([id, label]) => ({ id, label }));
  if (field.other) list.push({ id: 'other', label: field.other });
  return list;
}

/** Every field of a form with the section it is in, for lookups by role. */
export function allFields(form: Pick<FormData, 'sections'>): Array<{ section: FormSection; field: FormField }> {
  return form.sections.flatMap((section) => section.fields.map((field) => ({ section, field })));
}

/** Splits form text into plain runs and [label](/path/) links. */
export function textRuns(text: string): Array<{ text: string; href?: string }> {
  const runs: Array<{ text: string; href?: string }> = [];
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[1] ?? '', href: match[2] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
