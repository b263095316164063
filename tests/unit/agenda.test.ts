import { describe, expect, it } from 'vitest';
import { agendaClockTimes, formatClock, parseClock, sessionStartTimes, sumAgendaMinutes } from '../../src/lib/agenda.ts';

describe('agenda arithmetic', () => {
  const agenda = [{ minutes: 30 }, { minutes: 15 }, { minutes: 45 }];
  it('adds up minutes', () => {
    expect(sumAgendaMinutes(agenda)).toBe(90);
    expect(sumAgendaMinutes([])).toBe(0);
  });
  it('gives clock times from a start time', () => {
    expect(agendaClockTimes('09:00', agenda)).toEqual(['09:00', '09:30', '09:45']);
    expect(agendaClockTimes('13:30', agenda)).toEqual(['13:30', '14:00', '14:15']);
  });
  it('parses and formats clock times', () => {
    expect(parseClock('9:05')).toBe(545);
    expect(formatClock(545)).toBe('09:05');
    expect(formatClock(24 * 60 + 10)).toBe('00:10');
    expect(() => parseClock('25:00')).toThrow(/clock time/);
  });
});

describe('session start times', () => {
  it('chains sessions within a day, restarts each day, and honours explicit starts', () => {
    const sessions = [
      { day: 1, duration: 90 },
      { day: 1, duration: 120 },
      { day: 1, duration: 120, start: '13:00' },
      { day: 1, duration: 150 },
      { day: 2, duration: 60 },
    ];
    expect(sessionStartTimes(sessions)).toEqual(['09:00', '10:30', '13:00', '15:00', '09:00']);
    expect(sessionStartTimes([{ day: 1, duration: 30 }], '08:30')).toEqual(['08:30']);
  });
});
