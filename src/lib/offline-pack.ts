/**
 * The language pack's bookkeeping, pure so it can be tested without a browser: what the list
 * file says, what to show for a state, how many times and how long to wait before trying failed
 * files again.
 */

export interface PackList {
  version: string;
  /** Download size (compressed, as it travels). */
  bytes: number;
  urls: string[];
}

/** A pack list from its JSON, or undefined when it is not one (an old or broken file). */
export function parsePackList(value: unknown): PackList | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, bytes, urls } = value as Partial<PackList>;
  if (typeof version !== 'string' || !Array.isArray(urls) || !urls.every((u) => typeof u === 'string')) return undefined;
  return { version, bytes: typeof bytes === 'number' && bytes >= 0 ? bytes : 0, urls };
}

/** "1.9 MB", "640 KB" (one decimal below 10 MB). */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(bytes >= 10_000_000 ? 0 : 1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** Waits before each new round of retries of the files that failed (ms): three more tries. */
export const RETRY_DELAYS = [1000, 4000, 12000] as const;

export type PackState =
  | { kind: 'unsupported' }
  | { kind: 'none' }
  | { kind: 'ask'; saveData: boolean }
  | { kind: 'saving'; done: number; total: number }
  | { kind: 'ready'; total: number }
  | { kind: 'incomplete'; done: number; total: number; online: boolean };

/**
 * What the page shows before any download, from what the device remembers: a complete copy of
 * this version is ready; a choice to keep the language resumes (the missing files are fetched
 * again); no choice yet asks (quietly, without a prompt, when the reader saves data).
 */
export function startState(options: {
  complete: boolean;
  chose: 'yes' | 'later' | undefined;
  saveData: boolean;
  total: number;
}): PackState | 'resume' {
  if (options.complete) return { kind: 'ready', total: options.total };
  if (options.chose === 'yes') return 'resume';
  if (options.chose === 'later') return { kind: 'none' };
  return { kind: 'ask', saveData: options.saveData };
}
