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

describe('the speaker’s stopwatch', () => {
  it('counts, pauses, resumes and survives storage', async () => {
    const { parseStopwatch, pauseStopwatch, resumeStopwatch, startStopwatch, stopwatchSeconds, timeOfDay } =
      await import('../../src/lib/presenter.ts');
    let watch = startStopwatch(1_000_000);
    expect(stopwatchSeconds(watch, 1_065_000)).toBe(65);
    watch = pauseStopwatch(watch, 1_065_000);
    expect(stopwatchSeconds(watch, 1_095_000)).toBe(65);
    expect(parseStopwatch(JSON.stringify(watch), 0)).toEqual(watch);
    watch = resumeStopwatch(watch, 1_095_000);
    expect(stopwatchSeconds(watch, 1_105_000)).toBe(75);
    expect(parseStopwatch('1000000', 5)).toEqual({ start: 1_000_000, pausedAt: null });
    expect(parseStopwatch('{"start":"x"}', 5)).toEqual({ start: 5, pausedAt: null });
    expect(parseStopwatch(undefined, 7)).toEqual({ start: 7, pausedAt: null });
    expect(timeOfDay(new Date(2026, 11, 1, 9, 5))).toBe('09:05');
  });
});

describe('slide text sizes', () => {
  it('picks the largest size that fits, or none', async () => {
    const { FIT_STEPS, largestFit } = await import('../../src/lib/presenter.ts');
    expect(largestFit((s) => s <= 0.8)).toBe(0.78);
    expect(largestFit(() => true)).toBe(1);
    expect(largestFit(() => false)).toBeUndefined();
    expect([...FIT_STEPS].sort((a, b) => b - a)).toEqual([...FIT_STEPS]);
  });
  it('writes the sizes into the deck’s slides, in order', async () => {
    const { writeFits } = await import('../../src/integrations/slide-fit.ts');
    const html =
      '<div class="deck"><div class="deck-cover slide" data-title="a"><h2 class="slide-title">a</h2></div><section class="slide" data-fit="0.5">b</section><section class="slide x">c</section></div>';
    expect(writeFits(html, [1, 0.85, 0.72])).toBe(
      '<div class="deck"><div class="deck-cover slide" data-title="a"><h2 class="slide-title">a</h2></div><section class="slide" data-fit="0.85">b</section><section class="slide x" data-fit="0.72">c</section></div>',
    );
  });
});
