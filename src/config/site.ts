/**
 * The deploying office's settings (content/data/site.yaml), read and validated once at build time,
 * with the public address resolved (SITE_URL overrides the file). Node only: astro.config.mjs,
 * the pages (at build time) and the scripts import it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { SiteSchema, type SiteSettings } from '../schemas/site.ts';
import { resolvePublicAddress } from '../lib/public-address.ts';

export interface Site extends SiteSettings {
  /** The public address with a trailing slash, or undefined while the handbook is not online. */
  publicUrl: string | undefined;
}

export function readSite(contentDir = process.env.HANDBOOK_CONTENT_DIR ?? 'content', env: NodeJS.ProcessEnv = process.env): Site {
  const file = join(contentDir, 'data', 'site.yaml');
  let raw: unknown;
  try {
    raw = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}. The handbook needs this file (see README, "Publish").`, { cause: error });
  }
  const parsed = SiteSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${file} is not valid:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return { ...parsed.data, publicUrl: resolvePublicAddress(parsed.data.url, env['SITE_URL']) };
}
