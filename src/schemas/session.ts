import { z } from 'astro/zod';
import { SlugSchema, TextListSchema, TextSchema } from './primitives.ts';
import { frontmatterHead, OrderSchema, SourceIdsSchema } from './frontmatter.ts';
import { sumAgendaMinutes } from '../lib/agenda.ts';

/** One row of a session's agenda. */
export const AgendaItemSchema = z
  .object({
    /** How long the activity takes, in minutes. */
    minutes: z.number({ error: 'expected minutes as a whole number' }).int().positive(),
    /** What happens. */
    activity: TextSchema,
    /** How it is run: lecture, group work, forum, practice … */
    method: TextSchema,
    /** True for a break; breaks count toward the session's duration. */
    break: z.boolean().default(false),
  })
  .strict();

/**
 * Frontmatter of a workshop session (one chapter): content/<lang>/sessions/<slug>.mdx. Its title is
 * the session's; its summary, one or two sentences shown in the programme.
 */
export const SessionSchema = z
  .object({
    ...frontmatterHead,
    /** Workshop day, starting at 1. */
    day: z.number({ error: 'expected the workshop day as a number such as 1' }).int().positive(),
    /** Position within the day. */
    order: OrderSchema,
    /** Clock time the session starts ("13:00"); without it, it follows the previous session of the day (the first starts 09:00). */
    start: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour clock time like "13:00"' })
      .optional(),
    /** Length of the session in minutes; the agenda must add up to it. */
    duration: z.number({ error: 'expected the duration in minutes' }).int().positive(),
    /** What participants can do after the session. */
    objectives: TextListSchema,
    /** What the trainer prepares. */
    materials: TextListSchema,
    /** The agenda, in order. */
    agenda: z.array(AgendaItemSchema).min(1, { error: 'needs at least one agenda item' }),
    /** Ids of the sources the session cites (content/data/sources/<id>.yaml), in the order they are numbered. */
    sources: SourceIdsSchema.default([]),
    /** Slugs of the field forms the session uses; they are printed with its handout. */
    forms: z.array(SlugSchema).default([]),
    /** True for the session in which the workshop post-test is taken; its handout holds the test. */
    postTest: z.boolean().default(false),
    /** Slugs of the knowledge modules the session draws on. */
    relatedModules: z.array(SlugSchema).default([]),
  })
  .strict()
  .superRefine((session, ctx) => {
    const total = sumAgendaMinutes(session.agenda);
    if (total !== session.duration) {
      ctx.addIssue({
        code: 'custom',
        path: ['agenda'],
        message: `the agenda's minutes add up to ${total}, but duration is ${session.duration}; make them equal`,
      });
    }
  });

export type SessionData = z.output<typeof SessionSchema>;
