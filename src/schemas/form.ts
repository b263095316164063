import { z } from 'astro/zod';
import { TextSchema } from './primitives.ts';
import { frontmatterHead, OrderSchema, SourceIdsSchema } from './frontmatter.ts';

/**
 * A field form is structured data: its sections and fields are written in the frontmatter, and
 * from them the site makes both the printed form (blank, or filled from a record) and the form
 * that is filled in on a phone (src/components/forms/). The MDX body holds the explanations
 * around the form ("how to use it", safety). Ids are what a filled record stores, so they are the
 * same in the Thai and English files (the content check compares them) and never change once
 * teams have filled the form in; labels may be reworded freely.
 */

/** An id inside a form: camelCase letters and digits ("siteNo"). Paths join ids with dots. */
export const FieldIdSchema = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, {
  error: 'expected an id in camelCase letters and digits, like "siteNo"',
});

/** Choices in the order they are shown: `{ yes: มี, no: ไม่มี }` (ids are stored, labels shown). */
const OptionsSchema = z
  .record(FieldIdSchema, TextSchema, { error: 'expected choices as id: label pairs, like "yes: มี"' })
  .refine((o) => Object.keys(o).length >= 2, { error: 'needs at least two choices' });

/**
 * What a field means to the rest of the field kit: the records list names a record by its
 * `title` field; the zone committee's table reads team, zone, date, site number, place, project,
 * the overall result and the follow-up list of the site inspection checklist.
 */
export const FIELD_ROLES = ['title', 'team', 'zone', 'date', 'siteNo', 'place', 'project', 'result', 'followUp'] as const;
const RoleSchema = z.enum(FIELD_ROLES, { error: `expected one of the roles ${FIELD_ROLES.join(', ')}` });

const base = {
  id: FieldIdSchema,
  /** The field's label, as printed on the form. */
  label: TextSchema,
  /** A short help text shown under the label. */
  hint: TextSchema.optional(),
  role: RoleSchema.optional(),
};

/**
 * A field of one type: the id, label, hint and role every field has, then what its type adds.
 * Unknown keys are refused, so a misspelt option fails the build instead of being ignored.
 */
const fieldOf = <const T extends string, S extends z.ZodRawShape = Record<never, never>>(type: T, shape: S = {} as S) =>
  z.object({ ...base, type: z.literal(type), ...shape }).strict();

/** Text written in: one line, or `lines` ruled lines on paper (a text box on the phone). */
const TextField = fieldOf('text', {
  lines: z.number().int().min(1).max(12).default(1),
  /** Printed words in front of the blank ("ขอร้องเรียนกล่าวหา …"). */
  lead: TextSchema.optional(),
});
/** A number, with its unit printed after it ("บาท"). */
const NumberField = fieldOf('number', { unit: TextSchema.optional(), integer: z.boolean().default(false) });
/** A calendar day, written in the Buddhist Era in Thai. */
const DateField = fieldOf('date');
/** A clock time ("09:30"). */
const TimeField = fieldOf('time');
/** A start and an end time ("09:30 – 10:15"). */
const TimeRangeField = fieldOf('timeRange');
/** One of several choices; `other` adds a last choice that asks what ("อื่น ๆ (ระบุ)"). */
const ChoiceField = fieldOf('choice', { options: OptionsSchema, other: TextSchema.optional() });
/** Any of several choices. */
const ChecksField = fieldOf('checks', { options: OptionsSchema, other: TextSchema.optional() });
/** One box to tick; the label is the statement ("ขอให้ปกปิดชื่อ…"). */
const CheckField = fieldOf('check');
/** Numbered blanks ("สิ่งที่ส่งมาด้วย 1. … 2. … 3. …"). */
const ListField = fieldOf('list', { count: z.number().int().min(1).max(10) });
/** Printed text that is not filled in ("เรียน เลขาธิการคณะกรรมการ ป.ป.ช."): an optional label, then the text. */
const ParaField = z.object({ type: z.literal('para'), label: TextSchema.optional(), text: TextSchema }).strict();
/** A signature line on paper; the phone keeps the signer's name (and the date, with `date: true`). */
const SignatureField = fieldOf('signature', {
  /** A date blank after the signature: true for "วันที่", or its own label ("วันที่รับ"). */
  date: z.union([z.boolean(), TextSchema]).default(false),
  /** A line under the signature for the name in print: "( … )". */
  named: z.boolean().default(false),
  /** One more blank on the same line ("ทีมที่ …"). */
  extra: z.object({ id: FieldIdSchema, label: TextSchema }).strict().optional(),
});

/** A column of a checklist (grid) or a table. */
const ColumnSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ id: FieldIdSchema, label: z.string().default(''), type: z.literal('choice'), options: OptionsSchema }).strict(),
    /** The inspection finding: matches the contract / does not match / could not be checked. */
    z.object({ id: FieldIdSchema, label: z.string().default(''), type: z.literal('finding') }).strict(),
    z.object({ id: FieldIdSchema, label: TextSchema, type: z.literal('check') }).strict(),
    z.object({ id: FieldIdSchema, label: TextSchema, type: z.literal('text'), prefill: z.array(z.string()).optional() }).strict(),
    z.object({ id: FieldIdSchema, label: TextSchema, type: z.literal('number'), unit: TextSchema.optional() }).strict(),
    z.object({ id: FieldIdSchema, label: TextSchema, type: z.literal('date') }).strict(),
    z.object({ id: FieldIdSchema, label: TextSchema, type: z.literal('time') }).strict(),
    /** Signed on paper only. */
    z.object({ id: FieldIdSchema, label: TextSchema, type: z.literal('signature') }).strict(),
  ],
  { error: 'expected a column type: choice, finding, check, text, number, date, time or signature' },
);

const ItemSchema = z
  .object({
    id: FieldIdSchema,
    label: TextSchema,
    /** The columns this row has, when not all (a last "anything else" row with only a note). */
    only: z.array(FieldIdSchema).optional(),
  })
  .strict();

/** A checklist: fixed rows (items), each answered in the same columns. */
const GridField = fieldOf('grid', {
  /** Heading of the first column, where the items are ("รายการ"). */
  head: TextSchema,
  columns: z.array(ColumnSchema).min(1),
  /** The rows, or "sessions": one row per workshop session, titled from the programme. */
  items: z.union([z.array(ItemSchema).min(1), z.literal('sessions')]),
});

/** A table of blank rows ("ลำดับ 1, 2, 3"), or of rows named in `rowLabels` ("ผ1, ผ2"). */
const TableField = fieldOf('table', {
  /** Heading of a first column that numbers or names the rows ("ลำดับ", "รหัส"); none without it. */
  head: TextSchema.optional(),
  columns: z.array(ColumnSchema).min(1),
  rows: z.number().int().min(1).max(20),
  rowLabels: z.array(TextSchema).optional(),
});

/** Photos: on the phone, from the camera or the gallery; on blank paper, a table to note them in. */
const PhotosField = fieldOf('photos', {
  /** Blank rows on the printed form. */
  rows: z.number().int().min(1).max(20),
  /** Column headings of the blank table: number, time, what it shows, file name. */
  columns: z.tuple([TextSchema, TextSchema, TextSchema, TextSchema]),
});

export const FieldSchema = z.discriminatedUnion(
  'type',
  [
    TextField,
    NumberField,
    DateField,
    TimeField,
    TimeRangeField,
    ChoiceField,
    ChecksField,
    CheckField,
    ListField,
    ParaField,
    SignatureField,
    GridField,
    TableField,
    PhotosField,
  ],
  {
    error:
      'expected a field type: text, number, date, time, timeRange, choice, checks, check, list, para, signature, grid, table or photos',
  },
);

export const SectionSchema = z
  .object({
    id: FieldIdSchema,
    /** The section's heading, as printed ("ส่วนที่ 1 ข้อมูลทั่วไป"). */
    title: TextSchema,
    /** Text before the fields; [label](/path/) makes a link. */
    intro: TextSchema.optional(),
    /** Text after the fields. */
    after: TextSchema.optional(),
    /** Headings of the label/answer table the simple fields are printed in ("หัวข้อ", "บันทึก"). */
    head: z.tuple([TextSchema, TextSchema]).optional(),
    /** Adds a column for where each answer came from ("แหล่งที่มา / วันที่ดู"). */
    source: TextSchema.optional(),
    /** "lines": fields printed as lines of text with blanks (a letter's head), not in a table. */
    style: z.enum(['table', 'lines']).default('table'),
    /** False for a section a filled letter leaves out (the checks before sending). */
    letter: z.boolean().default(true),
    fields: z.array(FieldSchema).min(1, { error: 'a section needs at least one field' }),
  })
  .strict();

/**
 * Frontmatter of a printable field form: content/<lang>/forms/<slug>.mdx. Its title is printed on
 * the form; its summary says what the form is for and who fills it in.
 */
export const FormSchema = z
  .object({
    ...frontmatterHead,
    /** Ids of the sources the form cites (content/data/sources/<id>.yaml), in the order they are numbered. */
    sources: SourceIdsSchema.default([]),
    /** Position in the list of forms. */
    order: OrderSchema,
    /** True for the forms a field team fills in on the phone, keeps on it and shares (the field kit). */
    fieldKit: z.boolean().default(false),
    /** True when a filled form holds someone's personal data (a complaint): shared one at a time, never in the day's file. */
    personal: z.boolean().default(false),
    /** How the paper form is laid out: a sheet of sections, a letter, or a card. (Not "layout": Astro reads that as a layout file.) */
    printAs: z.enum(['sheet', 'letter', 'card']).default('sheet'),
    sections: z.array(SectionSchema).min(1, { error: 'a form needs at least one section' }),
  })
  .strict()
  .superRefine((form, ctx) => {
    const seen = new Set<string>();
    form.sections.forEach((section, s) => {
      if (seen.has(section.id))
        ctx.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: `section id "${section.id}" is used twice` });
      seen.add(section.id);
      const ids = new Set<string>();
      section.fields.forEach((field, f) => {
        if (field.type === 'para') return;
        const path = ['sections', s, 'fields', f];
        if (ids.has(field.id))
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'id'],
            message: `field id "${field.id}" is used twice in section "${section.id}"`,
          });
        ids.add(field.id);
        if (field.role === 'result' && field.type !== 'choice')
          ctx.addIssue({ code: 'custom', path: [...path, 'role'], message: 'role "result" belongs on a choice field' });
        if (field.role === 'followUp' && field.type !== 'grid')
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'role'],
            message: 'role "followUp" belongs on a grid (the list of things to do next)',
          });
        if (field.type === 'grid' || field.type === 'table') {
          const columns = new Set(field.columns.map((c) => c.id));
          if (columns.size !== field.columns.length)
            ctx.addIssue({ code: 'custom', path: [...path, 'columns'], message: 'two columns have the same id' });
          if (field.type === 'grid' && Array.isArray(field.items)) {
            const items = new Set<string>();
            field.items.forEach((item, i) => {
              if (items.has(item.id))
                ctx.addIssue({ code: 'custom', path: [...path, 'items', i, 'id'], message: `item id "${item.id}" is used twice` });
              items.add(item.id);
              for (const c of item.only ?? [])
                if (!columns.has(c))
                  ctx.addIssue({
                    code: 'custom',
                    path: [...path, 'items', i, 'only'],
                    message: `"${c}" is not a column of this checklist`,
                  });
            });
          }
          if (field.type === 'table' && field.rowLabels && field.rowLabels.length !== field.rows)
            ctx.addIssue({ code: 'custom', path: [...path, 'rowLabels'], message: `rowLabels needs one label per row (${field.rows})` });
          field.columns.forEach((c, i) => {
            if (c.type === 'text' && c.prefill && field.type === 'table' && c.prefill.length !== field.rows)
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'columns', i, 'prefill'],
                message: `prefill needs one value per row (${field.rows})`,
              });
          });
        }
      });
    });
    const roles = form.sections.flatMap((s) => s.fields.flatMap((f) => ('role' in f && f.role ? [f.role] : [])));
    for (const role of new Set(roles))
      if (roles.filter((r) => r === role).length > 1)
        ctx.addIssue({ code: 'custom', path: ['sections'], message: `role "${role}" is given to more than one field` });
  });

export type FormData = z.output<typeof FormSchema>;
export type FormSection = z.output<typeof SectionSchema>;
export type FormField = z.output<typeof FieldSchema>;
export type FormColumn = z.output<typeof ColumnSchema>;
export type FieldRole = (typeof FIELD_ROLES)[number];
