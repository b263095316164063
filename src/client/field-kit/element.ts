/**
 * How the field kit's elements (<hb-field-form>, <hb-field-records>, <hb-zone>) start: the kit's
 * strings and the page's language first, then what works without the device's store (`prepare`),
 * then the store, opened once. `begin` runs with the store; `noStore` says so when the browser
 * gives none (private browsing, storage turned off).
 */
import type { Lang } from '../../lib/locales.ts';
import type { Translator } from '../../lib/translate.ts';
import { FieldKitStore } from './store.ts';
import { pageStrings, type FieldKitKey } from './strings.ts';

export abstract class FieldKitElement extends HTMLElement {
  protected t!: Translator<FieldKitKey>;
  protected uiLang: Lang = 'th';
  protected store: FieldKitStore | undefined;

  connectedCallback(): void {
    void this.start();
  }

  private async start(): Promise<void> {
    this.t = pageStrings();
    this.uiLang = this.dataset['lang'] === 'en' ? 'en' : 'th';
    this.prepare();
    this.store = await FieldKitStore.open();
    if (this.store) await this.begin();
    else this.noStore();
  }

  /** What the element sets up before the store is open, and keeps without one. */
  protected prepare(): void {}
  /** What the element does once the store is open (this.store is set). */
  protected abstract begin(): Promise<void>;
  protected abstract noStore(): void;
}
