/**
 * UI strings of one part of the handbook, in both languages (same keys, same {placeholders}).
 * src/i18n/th.ts and en.ts merge every file of this folder into the dictionaries.
 */
export const th = {} as const;

export const en: Record<keyof typeof th, string> = {};
