import { z } from 'astro/zod';
import { LocalizedTextSchema } from './primitives.ts';

/**
 * content/data/site.yaml: the settings the deploying office owns — the public address, the
 * edition printed in the manual, the publisher and licence, an optional logo, and the signatories
 * of the certificates.
 */
export const SiteSchema = z
  .object({
    /**
     * The address readers use, e.g. https://www.example.go.th/handbook/ (SITE_URL overrides it).
     * Empty until the office publishes the handbook: the build then leaves out QR codes, share
     * previews and language alternates, and says so once.
     */
    url: z.string().trim().default(''),
    edition: z
      .object({
        /** Edition number printed on the imprint page. */
        number: z.number().int().positive(),
        /** Date of this edition (YYYY-MM-DD). */
        date: z.coerce.date({ error: 'expected a date written YYYY-MM-DD' }),
      })
      .strict(),
    /** Who publishes the handbook (imprint page, certificates). */
    publisher: LocalizedTextSchema,
    /** The terms on which the handbook may be copied, as the office sets them. */
    licence: LocalizedTextSchema,
    /** Optional logo of the deploying office, a file under public/ (none is shipped). */
    logo: z.string().trim().optional(),
    /** Who signs the certificates of completion: name and position, in both languages. */
    signatories: z.array(z.object({ name: LocalizedTextSchema, position: LocalizedTextSchema }).strict()).default([]),
  })
  .strict();

export type SiteSettings = z.output<typeof SiteSchema>;
