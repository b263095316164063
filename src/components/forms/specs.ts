/**
 * What the field kit's browser code needs to know about the forms, from their definitions: for
 * every form filled on the phone, its title, its address and where its key answers are stored
 * (src/lib/field-kit/summary.ts). Sent to the page as JSON.
 */
import { getForms } from '../../data/handbook.ts';
import { formSpec, type FormSpec } from '../../lib/field-kit/summary.ts';
import type { Lang } from '../../lib/locales.ts';
import { href } from '../chrome/href.ts';

export type PageFormSpec = FormSpec & { url: string };

export async function fieldKitSpecs(lang: Lang): Promise<PageFormSpec[]> {
  return (await getForms(lang))
    .filter((f) => f.entry.data.fieldKit)
    .map((f) => ({ ...formSpec(f.slug, f.entry.data), url: href(lang, `/forms/${f.slug}/`) }));
}
