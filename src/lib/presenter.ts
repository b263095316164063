/** Slide navigation and speaker timing. Pure: used by the deck and speaker-view scripts. */

export type DeckAction = 'next' | 'prev' | 'first' | 'last';

/** The slide index after an action, kept within 0 … total-1. */
export function move(current: number, action: DeckAction, total: number): number {
  if (total <= 0) return 0;
  const target = action === 'next' ? current + 1 : action === 'prev' ? current - 1 : action === 'first' ? 0 : total - 1;
  return Math.min(total - 1, Math.max(0, target));
}

/** Keys that move a deck: arrows, space, Page Up/Down (what presentation clickers send), Home/End. */
export function actionForKey(key: string, shift = false): DeckAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
      return 'next';
    case ' ':
      return shift ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

/** A horizontal swipe of at least 50 px that is more sideways than up or down. */
export function actionForSwipe(dx: number, dy: number): DeckAction | undefined {
  if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy)) return undefined;
  return dx < 0 ? 'next' : 'prev';
}

/** Minutes from the session start at which each agenda row ends: [30, 45, 90] for 30+15+45. */
export function agendaEnds(minutes: readonly number[]): number[] {
  let total = 0;
  return minutes.map((m) => (total += m));
}

/**
 * Seconds left for the agenda row a slide belongs to (1-based `row`), and for the whole
 * session, after `elapsed` seconds. Negative when over time.
 */
export function timeLeft(
  elapsed: number,
  row: number | undefined,
  minutes: readonly number[],
): { item: number | undefined; session: number } {
  const ends = agendaEnds(minutes);
  const session = (ends.at(-1) ?? 0) * 60 - elapsed;
  const end = row !== undefined ? ends[row - 1] : undefined;
  return { item: end !== undefined ? end * 60 - elapsed : undefined, session };
}

/** 754 → "12:34"; -90 → "-1:30"; 3725 → "1:02:05". */
export function clock(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const s = Math.abs(Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${r}` : `${sign}${m}:${r}`;
}

/** What the audience window and the speaker view say to each other over their BroadcastChannel. */
export type PresenterMessage =
  /** Show slide `index` (0-based). */
  | { type: 'goto'; index: number }
  /** A window that just opened asks the others where they are. */
  | { type: 'hello' };

/** A message from the channel, checked: anything else (another version, a stray post) is undefined. */
export function parsePresenterMessage(data: unknown): PresenterMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, index } = data as { type?: unknown; index?: unknown };
  if (type === 'hello') return { type };
  if (type === 'goto' && typeof index === 'number' && Number.isInteger(index) && index >= 0) return { type, index };
  return undefined;
}

/** The slide a URL hash points at ("#3" → 2), or 0. */
export function slideFromHash(hash: string, total: number): number {
  const n = Number(hash.replace(/^#/, ''));
  return Number.isInteger(n) && n >= 1 ? Math.min(n - 1, Math.max(0, total - 1)) : 0;
}

/**
 * The speaker's stopwatch: when it started, and while paused since when; the time spent paused
 * before is taken off by moving the start. Kept on the device (as JSON) so a reload keeps it.
 */
export interface Stopwatch {
  /** Epoch ms the count (minus pauses) started. */
  start: number;
  /** Epoch ms it was paused, or null while running. */
  pausedAt: number | null;
}

export function startStopwatch(now: number): Stopwatch {
  return { start: now, pausedAt: null };
}

/** Seconds counted at `now`. */
export function stopwatchSeconds(watch: Stopwatch, now: number): number {
  return Math.max(0, ((watch.pausedAt ?? now) - watch.start) / 1000);
}

export function pauseStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.pausedAt === null ? { ...watch, pausedAt: now } : watch;
}

export function resumeStopwatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.pausedAt === null ? watch : { start: watch.start + (now - watch.pausedAt), pausedAt: null };
}

/** A stopwatch from storage: the JSON above, or the bare start time older versions kept. */
export function parseStopwatch(raw: string | undefined, now: number): Stopwatch {
  if (raw === undefined) return startStopwatch(now);
  const bare = Number(raw);
  if (Number.isFinite(bare) && bare > 0) return { start: bare, pausedAt: null };
  try {
    const value = JSON.parse(raw) as Partial<Stopwatch>;
    if (typeof value.start === 'number' && value.start > 0 && (value.pausedAt === null || typeof value.pausedAt === 'number')) {
      return { start: value.start, pausedAt: value.pausedAt ?? null };
    }
  } catch {
    // Not ours: start afresh.
  }
  return startStopwatch(now);
}

/** The time of day as a projector clock shows it: "14:05". */
export function timeOfDay(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Text sizes a slide may be set in (1 = the deck's size), largest first; the build picks one per slide. */
export const FIT_STEPS = [1, 0.92, 0.85, 0.78, 0.72, 0.66] as const;

/** The largest step at which a slide fits, given whether it fits at each step; undefined if at none. */
export function largestFit(fits: (step: number) => boolean): number | undefined {
  return FIT_STEPS.find((step) => fits(step));
}
