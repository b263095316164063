import { STORAGE_KEYS } from './storage-keys.ts';

/**
 * The only inline script on a page, kept here as a string so the build can list its hash in
 * the Content-Security-Policy (script-src allows no other inline code).
 * It applies the remembered trainer view before the first paint, so notes do not flash.
 */
export const TRAINER_VIEW_BOOT = `try{if(localStorage.getItem('${STORAGE_KEYS.trainerView}')==='1')document.documentElement.setAttribute('data-trainer-view','')}catch(e){}`;
