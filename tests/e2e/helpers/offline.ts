/**
 * Keeping a language's pages on the device, as a reader does: the offline panel asks first (with
 * the size), the reader chooses to keep them, and the site says "ready" only once every file is stored.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Waits for the offline question and chooses to keep the page's language on the device. */
export async function askToSave(page: Page): Promise<Locator> {
  const pack = page.locator('.offline-pack');
  await expect(pack).toHaveAttribute('data-state', 'ask', { timeout: 30_000 });
  await pack.locator('.offline-save').click();
  return pack;
}

/** Chooses to keep the page's language on the device and waits until every file is checked. */
export async function savePack(page: Page): Promise<void> {
  await askToSave(page);
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 120_000 });
}
