/**
 * How much the device holds for the handbook, and whether the browser has agreed to keep it:
 * asks once for persistent storage (so the browser does not clear the records when space runs
 * low) and writes both facts into an element of the page.
 */
import { formatBytes, type FieldKitKey } from './strings.ts';
import type { Translator } from '../../lib/translate.ts';

/** Asks the browser to keep the site's data; true when it agreed (now or before). */
export async function askToPersist(): Promise<boolean | undefined> {
  try {
    if (!navigator.storage?.persist) return undefined;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return undefined;
  }
}

export async function showStorage(
  target: HTMLElement | null,
  t: Translator<FieldKitKey>,
  lang: string,
  persisted?: boolean,
): Promise<void> {
  if (!target) return;
  try {
    const lines: string[] = [];
    const estimate = await navigator.storage?.estimate?.();
    if (estimate?.usage !== undefined) {
      const used = formatBytes(estimate.usage, lang);
      lines.push(
        estimate.quota
          ? t('fieldKit.client.usageOf', { used, quota: formatBytes(estimate.quota, lang) })
          : t('fieldKit.client.usage', { used }),
      );
    }
    const kept = persisted ?? (await navigator.storage?.persisted?.());
    if (kept !== undefined) lines.push(kept ? t('fieldKit.client.persisted') : t('fieldKit.client.notPersisted'));
    target.textContent = lines.join(' · ');
  } catch {
    // The figures are a help, not a need: without them the kit works the same.
  }
}
