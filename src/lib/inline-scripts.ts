import { STORAGE_KEYS } from './storage-keys.ts';
import { TEXT_SIZES } from './text-size.ts';

/**
 * The inline scripts of a page, kept here as strings so the build can list their hashes in
 * the Content-Security-Policy (script-src allows no other inline code).
 * This one applies the remembered trainer view before the first paint, so notes do not flash.
 */
export const TRAINER_VIEW_BOOT = `try{if(localStorage.getItem('${STORAGE_KEYS.trainerView}')==='1')document.documentElement.setAttribute('data-trainer-view','')}catch(e){}`;

/**
 * The reader's text size (src/lib/text-size.ts), applied before the first paint so the page does
 * not jump when it loads; its hash is in the CSP too.
 */
export const TEXT_SIZE_BOOT = `try{var s=localStorage.getItem('${STORAGE_KEYS.textSize}');if(${JSON.stringify(
  TEXT_SIZES.filter((s) => s !== 'normal'),
)}.indexOf(s)>=0)document.documentElement.setAttribute('data-text-size',s)}catch(e){}`;
