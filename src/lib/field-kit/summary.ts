/**
 * What the field kit's lists and the zone committee's table read from a record: who (team,
 * zone), where (site number, place, project), when (date), the overall result, the items that do
 * not match the contract or could not be checked, the photos and what is to be done next. Which
 * answers those are comes from the form's definition (the fields' roles, its finding columns and
 * its follow-up list), summed up in a FormSpec the server hands to the browser. Pure.
 */
import { allFields, fieldOptions, gridItems, type Finding, type FormData } from './form-model.ts';
import { formatDateValue, numericDate } from './dates.ts';
import { toCsv } from './csv.ts';
import type { FieldRecord } from './record.ts';
import type { Lang } from '../locales.ts';

type Role = 'title' | 'team' | 'zone' | 'date' | 'siteNo' | 'place' | 'project';

export interface FormSpec {
  slug: string;
  title: string;
  /** Holds someone's personal data: never put in the day's file. */
  personal: boolean;
  /** Where each role's answer is stored. */
  roles: Partial<Record<Role, string>>;
  result?: { path: string; options: Array<{ id: string; label: string }> } | undefined;
  /** Every checklist item with a finding: where the finding is stored, and the item. */
  findings: Array<{ path: string; label: string }>;
  /** The follow-up list: each thing to do, where its tick, its "who" and its "by when" are stored. */
  followUp: Array<{ label: string; todo: string; who?: string | undefined; due?: string | undefined }>;
}

/** Sums up a form's definition for the browser. */
export function formSpec(slug: string, form: FormData): FormSpec {
  const spec: FormSpec = { slug, title: form.title, personal: form.personal, roles: {}, findings: [], followUp: [] };
  for (const { section, field } of allFields(form)) {
    if (field.type === 'para') continue;
    const path = `${section.id}.${field.id}`;
    if (field.role === 'result' && field.type === 'choice') spec.result = { path, options: fieldOptions(field) };
    else if (field.role && field.role !== 'followUp' && field.role !== 'result') spec.roles[field.role] = path;
    if (field.type !== 'grid') continue;
    const items = gridItems(field);
    for (const column of field.columns.filter((c) => c.type === 'finding'))
      for (const item of items)
        if (!item.only || item.only.includes(column.id)) spec.findings.push({ path: `${path}.${item.id}.${column.id}`, label: item.label });
    if (field.role === 'followUp') {
      const todo = field.columns.find((c) => c.type === 'check');
      const who = field.columns.find((c) => c.type === 'text');
      const due = field.columns.find((c) => c.type === 'date');
      if (todo)
        for (const item of items)
          spec.followUp.push({
            label: item.label,
            todo: `${path}.${item.id}.${todo.id}`,
            who: who && `${path}.${item.id}.${who.id}`,
            due: due && `${path}.${item.id}.${due.id}`,
          });
    }
  }
  return spec;
}

const text = (record: FieldRecord, path: string | undefined): string => {
  const value = path === undefined ? undefined : record.values[path];
  return typeof value === 'string' ? value.trim() : '';
};

/** The date a record belongs to: its date answer when complete, or else the day it was last edited (device time). */
export function recordDay(record: FieldRecord, spec: FormSpec | undefined): string {
  const value = text(record, spec?.roles.date);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const edited = new Date(record.updatedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${edited.getFullYear()}-${pad(edited.getMonth() + 1)}-${pad(edited.getDate())}`;
}

export interface ZoneRow {
  id: string;
  form: string;
  team: string;
  zone: string;
  /** The stored date ("2025-09-14"), or "" when none was given. */
  date: string;
  siteNo: string;
  place: string;
  project: string;
  /** The result's id ("doubt") and its label. */
  result: string;
  resultLabel: string;
  mismatches: string[];
  unverifiable: string[];
  photos: number;
  followUp: string[];
  updatedAt: string;
}

/** One row of the zone table for a site record. */
export function zoneRow(record: FieldRecord, spec: FormSpec, lang: Lang): ZoneRow {
  const result = text(record, spec.result?.path);
  const findingIs = (id: Finding) => spec.findings.filter((f) => record.values[f.path] === id).map((f) => f.label);
  return {
    id: record.id,
    form: record.form,
    team: text(record, spec.roles.team),
    zone: text(record, spec.roles.zone),
    date: text(record, spec.roles.date),
    siteNo: text(record, spec.roles.siteNo),
    place: text(record, spec.roles.place),
    project: text(record, spec.roles.project),
    result,
    resultLabel: spec.result?.options.find((o) => o.id === result)?.label ?? '',
    mismatches: findingIs('mismatch'),
    unverifiable: findingIs('unverifiable'),
    photos: record.photos.length,
    followUp: spec.followUp
      .filter((f) => record.values[f.todo] === true)
      .map((f) => {
        const details = [text(record, f.who), text(record, f.due) && formatDateValue(text(record, f.due), lang, 'short')].filter(Boolean);
        return details.length > 0 ? `${f.label} (${details.join(', ')})` : f.label;
      }),
    updatedAt: record.updatedAt,
  };
}

const byNumber = (a: string, b: string) => {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a.localeCompare(b);
};

/** Rows in the order a committee reads them: by team, then day, then site. */
export function sortRows(rows: ZoneRow[]): ZoneRow[] {
  return [...rows].sort(
    (a, b) => byNumber(a.team, b.team) || a.date.localeCompare(b.date) || byNumber(a.siteNo, b.siteNo) || a.id.localeCompare(b.id),
  );
}

export interface ZoneFilter {
  /** A result id, "mismatch" for rows with an item that does not match, or "" for all. */
  result: string;
  /** A team, or "" for all. */
  team: string;
}

export function filterRows(rows: readonly ZoneRow[], filter: ZoneFilter): ZoneRow[] {
  return rows.filter(
    (row) =>
      (filter.team === '' || row.team === filter.team) &&
      (filter.result === '' || (filter.result === 'mismatch' ? row.mismatches.length > 0 : row.result === filter.result)),
  );
}

/** The column headings of the zone table and its CSV, in the reader's language. */
export interface ZoneColumns {
  team: string;
  zone: string;
  date: string;
  site: string;
  place: string;
  project: string;
  result: string;
  findings: string;
  unverifiable: string;
  photos: string;
  followUp: string;
  updated: string;
  record: string;
}

/** The zone table as CSV (UTF-8 with BOM), one line per site. */
export function zoneCsv(rows: readonly ZoneRow[], columns: ZoneColumns, lang: Lang): string {
  const header = [
    columns.team,
    columns.zone,
    columns.date,
    columns.site,
    columns.place,
    columns.project,
    columns.result,
    columns.findings,
    columns.unverifiable,
    columns.photos,
    columns.followUp,
    columns.updated,
    columns.record,
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.team,
      r.zone,
      numericDate(r.date, lang),
      r.siteNo,
      r.place,
      r.project,
      r.resultLabel,
      r.mismatches.join('; '),
      r.unverifiable.join('; '),
      r.photos,
      r.followUp.join('; '),
      r.updatedAt,
      r.id,
    ]),
  );
}
