/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The reader's language, from the URL (set by src/middleware.ts). */
    lang: import('./lib/locales.ts').Lang;
    /** The translator for the reader's language (set by src/middleware.ts). */
    t: import('./lib/translate.ts').Translator<import('./i18n/ui.ts').UIKey>;
  }
}
