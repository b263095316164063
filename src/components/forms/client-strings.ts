/**
 * Data the field kit's browser code reads from its page, as JSON in <script type="application/json">:
 * the UI strings in the page's language (src/client/field-kit/strings.ts reads them back), and
 * the forms' specs (specs.ts).
 */
import { dictionaries } from '../../i18n/ui.ts';
import type { Lang } from '../../lib/locales.ts';

/** JSON for a <script type="application/json"> element ("<" escaped so no text can close it). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The field kit's own UI strings (fieldKit.*) in one language. */
export function fieldKitStrings(lang: Lang): string {
  const picked = Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => key.startsWith('fieldKit.')));
  return jsonForScript(picked);
}
