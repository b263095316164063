/**
 * The trainer's code that opens the post-test on a trainee's phone when that trainee has no
 * pre-test (they came late, or changed phones). Four digits that change every day, shown on the
 * trainer's class page and typed on the trainee's post-test page: both work it out from the date,
 * with no network. It is a step the trainer takes, not a secret: the handbook has no accounts.
 */

/** YYYY-MM-DD of a moment in the device's own time zone. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function openCode(day: string): string {
  let hash = 0x811c9dc5;
  for (const c of `hb-post-test:${day}`) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return String(hash % 10000).padStart(4, '0');
}

/** Whether a typed code opens the post-test today (digits only; spaces ignored). */
export function opensPostTest(typed: string, now: Date): boolean {
  return typed.replace(/\s/g, '') === openCode(localDay(now));
}
