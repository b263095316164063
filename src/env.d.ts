/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language of the content being rendered (differs from the URL's on untranslated pages). */
    contentLang?: import('./lib/locales.ts').Lang;
  }
}
