import { z } from 'astro/zod';
import { LocalizedTextSchema, SlugSchema } from './primitives.ts';

/**
 * One person of the handbook's examples, content/data/cast.yaml. Illustrative cases use only
 * these invented people, each always with the same name and role, so a reader meets the same
 * village head in every chapter. Real people named in the text are listed too, with real: true.
 */
export const CastMemberSchema = z
  .object({
    id: SlugSchema,
    /** Full name with title, as written in the text: { th: นายสมหมาย ใจดี, en: Mr Sommai Jaidee }. */
    name: z.object({ th: z.string().trim().min(1), en: z.string().trim().min(1) }).strict(),
    /** Role and place, e.g. village head of a named (invented) village. */
    role: LocalizedTextSchema,
    /** Shorter ways the text refers to the person (ครูมาลี, Teacher Malee). */
    aliases: z
      .object({ th: z.array(z.string()).default([]), en: z.array(z.string()).default([]) })
      .strict()
      .optional(),
    /** True for a real person (a named official of the programme); everyone else is invented. */
    real: z.boolean().default(false),
  })
  .strict();

export type CastMember = z.output<typeof CastMemberSchema>;
