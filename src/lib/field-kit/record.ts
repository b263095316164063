/**
 * A filled form as the field kit keeps it on the device and puts it in shared files: the one
 * record schema that the phone form writes, the zone committee's import reads and the tests
 * check. Versioned: `schema` says which version of this shape a record has; a device reads its
 * own version and refuses newer ones (it cannot know what they mean) instead of guessing.
 * Pure (zod/mini, small enough for the browser).
 */
import * as z from 'zod/mini';

/** The version of the record shape this code writes. Raise it only with a migration in readRecord. */
export const RECORD_SCHEMA_VERSION = 1;

/** Record and photo ids: made on the device, letters, digits and hyphens. */
const IdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));
/** A moment, always in UTC: "2025-09-14T03:42:00.000Z". */
const InstantSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));
/** Where an answer is stored: section and field ids, then item or row and column ("signboard.items.present.seen"). */
const PathSchema = z.string().check(z.regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+){1,4}$/), z.maxLength(200));
const SlugSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

/** An answer: typed text (numbers, dates and times too, as typed), a choice's id, ticked boxes, or one ticked box. */
export const ValueSchema = z.union([
  z.string().check(z.maxLength(20_000)),
  z.boolean(),
  z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
]);
export type Value = z.infer<typeof ValueSchema>;

export const LocationSchema = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  /** Metres, as the device reported it. */
  accuracy: z.optional(z.number().check(z.gte(0))),
});
export type PhotoLocation = z.infer<typeof LocationSchema>;

/** A photo's facts; its image (a reduced JPEG) is kept and shared beside the record, under its id. */
export const PhotoSchema = z.object({
  id: IdSchema,
  /** The photos field it belongs to ("photos.list"). */
  field: PathSchema,
  caption: z.string().check(z.maxLength(2_000)),
  /** When it was taken: from the photo's own data (exif), the file's time (file), or unknown. */
  takenAt: z.optional(InstantSchema),
  timeSource: z.optional(z.enum(['exif', 'file'])),
  /** Only when the person taking it allowed it. */
  location: z.optional(LocationSchema),
  width: z.number().check(z.int(), z.positive(), z.lte(10_000)),
  height: z.number().check(z.int(), z.positive(), z.lte(10_000)),
  bytes: z.number().check(z.int(), z.positive(), z.lte(20_000_000)),
  type: z.literal('image/jpeg'),
});
export type PhotoMeta = z.infer<typeof PhotoSchema>;

export const FieldRecordSchema = z.object({
  schema: z.literal(RECORD_SCHEMA_VERSION),
  id: IdSchema,
  /** The form's slug ("site-inspection-checklist"). */
  form: SlugSchema,
  /** The language it was filled in. */
  lang: z.enum(['th', 'en']),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  values: z.record(PathSchema, ValueSchema),
  photos: z.array(PhotoSchema).check(z.maxLength(200)),
});
export type FieldRecord = z.infer<typeof FieldRecordSchema>;

export type ReadResult =
  | { ok: true; record: FieldRecord }
  /** "newer": written by a later version of the handbook; "invalid": not a record, or a damaged one. */
  | { ok: false; reason: 'newer' | 'invalid'; detail: string };

/** Checks anything read from storage or a file; never throws. */
export function readRecord(raw: unknown): ReadResult {
  const version = raw && typeof raw === 'object' ? (raw as { schema?: unknown }).schema : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > RECORD_SCHEMA_VERSION)
    return { ok: false, reason: 'newer', detail: `record version ${version}, this handbook reads up to ${RECORD_SCHEMA_VERSION}` };
  const parsed = FieldRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'invalid', detail: issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'not a record' };
  }
  return { ok: true, record: parsed.data };
}

/**
 * A new id for a record or a photo: 128 random bits, so two phones never make the same one.
 * (crypto.getRandomValues, unlike randomUUID, also works on a site served without HTTPS.)
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new, empty record of a form. */
export function emptyRecord(form: string, lang: 'th' | 'en', now: Date = new Date(), id: string = newId()): FieldRecord {
  const at = now.toISOString();
  return { schema: RECORD_SCHEMA_VERSION, id, form, lang, createdAt: at, updatedAt: at, values: {}, photos: [] };
}

/** True when nothing has been answered and no photo added (such a record is not worth keeping). */
export function isBlank(record: Pick<FieldRecord, 'values' | 'photos'>): boolean {
  return (
    record.photos.length === 0 && Object.values(record.values).every((v) => v === '' || v === false || (Array.isArray(v) && v.length === 0))
  );
}
