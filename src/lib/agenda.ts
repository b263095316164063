/** Agenda arithmetic for workshop sessions. Pure: used by the schema and the pages. */

export interface AgendaItem {
  minutes: number;
}

/** Total minutes of an agenda. */
export function sumAgendaMinutes(items: readonly AgendaItem[]): number {
  return items.reduce((total, item) => total + item.minutes, 0);
}

/**
 * Start clock times of each agenda item from a session start ("09:00"),
 * as "HH:MM" strings on a 24-hour clock.
 */
export function agendaClockTimes(start: string, items: readonly AgendaItem[]): string[] {
  let minutes = parseClock(start);
  return items.map((item) => {
    const label = formatClock(minutes);
    minutes += item.minutes;
    return label;
  });
}

/** "09:30" → 570. Throws on anything that is not a 24-hour clock time. */
export function parseClock(value: string): number {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!match) throw new Error(`"${value}" is not a clock time like 09:00`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 570 → "09:30" (wraps past midnight). */
export function formatClock(totalMinutes: number): string {
  const m = ((totalMinutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export interface ScheduledSession {
  day: number;
  duration: number;
  /** Explicit start ("13:00"), e.g. after lunch; otherwise the session follows the previous one. */
  start?: string | undefined;
}

/**
 * Start times of a day-ordered list of sessions: an explicit start wins; otherwise a session
 * starts when the previous session of the same day ends, and the first of a day at `dayStart`.
 */
export function sessionStartTimes(sessions: readonly ScheduledSession[], dayStart = '09:00'): string[] {
  let day: number | undefined;
  let clock = parseClock(dayStart);
  return sessions.map((session) => {
    if (session.day !== day) {
      day = session.day;
      clock = parseClock(dayStart);
    }
    if (session.start) clock = parseClock(session.start);
    const label = formatClock(clock);
    clock += session.duration;
    return label;
  });
}
