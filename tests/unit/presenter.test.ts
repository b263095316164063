import { describe, expect, it } from 'vitest';
import { actionForKey, actionForSwipe, agendaEnds, clock, move, timeLeft } from '../../src/lib/presenter.ts';

describe('deck navigation', () => {
  it('moves within the deck', () => {
    expect(move(0, 'next', 3)).toBe(1);
    expect(move(2, 'next', 3)).toBe(2);
    expect(move(0, 'prev', 3)).toBe(0);
    expect(move(1, 'last', 3)).toBe(2);
    expect(move(2, 'first', 3)).toBe(0);
    expect(move(0, 'next', 0)).toBe(0);
  });
  it('maps keys, clickers and swipes', () => {
    expect(actionForKey('ArrowRight')).toBe('next');
    expect(actionForKey('PageDown')).toBe('next');
    expect(actionForKey('PageUp')).toBe('prev');
    expect(actionForKey(' ')).toBe('next');
    expect(actionForKey(' ', true)).toBe('prev');
    expect(actionForKey('x')).toBeUndefined();
    expect(actionForSwipe(-80, 10)).toBe('next');
    expect(actionForSwipe(80, 10)).toBe('prev');
    expect(actionForSwipe(30, 0)).toBeUndefined();
    expect(actionForSwipe(60, 120)).toBeUndefined();
  });
});

describe('speaker timing', () => {
  const minutes = [15, 30, 45];
  it('knows when each agenda row ends', () => {
    expect(agendaEnds(minutes)).toEqual([15, 45, 90]);
  });
  it('counts down the agenda row and the session, going negative when over', () => {
    expect(timeLeft(20 * 60, 2, minutes)).toEqual({ item: 25 * 60, session: 70 * 60 });
    expect(timeLeft(50 * 60, 2, minutes)).toEqual({ item: -5 * 60, session: 40 * 60 });
    expect(timeLeft(0, undefined, minutes)).toEqual({ item: undefined, session: 90 * 60 });
  });
  it('formats clocks', () => {
    expect(clock(754)).toBe('12:34');
    expect(clock(-90)).toBe('-1:30');
    expect(clock(3725)).toBe('1:02:05');
  });
});
