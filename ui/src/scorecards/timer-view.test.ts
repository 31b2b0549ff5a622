import { describe, expect, test } from 'vitest';
import type { TimerState } from '../lib/bindings';
import { elapsedMs, parseClock, phaseOf, timerAnnouncement, timerView, warningSpan } from './timer';

const start = Date.parse('2026-11-20T10:00:00Z');
const running = (sinceSeconds: number, elapsedMs = 0): TimerState => ({
  elapsedMs,
  runningSince: new Date(start + sinceSeconds * 1000).toISOString(),
  durationMs: null,
});

describe('the timer display', () => {
  test('elapsed time comes from the start timestamp plus time banked before a pause', () => {
    expect(elapsedMs(running(0), start + 90_000)).toBe(90_000);
    expect(elapsedMs(running(0, 30_000), start + 90_000)).toBe(120_000);
    expect(elapsedMs(running(10), start), 'a clock set back never counts down').toBe(0);
  });

  test('phases follow the stored state', () => {
    expect(phaseOf({ elapsedMs: 0, runningSince: null, durationMs: null })).toBe('idle');
    expect(phaseOf(running(0))).toBe('running');
    expect(phaseOf({ elapsedMs: 5000, runningSince: null, durationMs: null })).toBe('paused');
    expect(phaseOf({ elapsedMs: 5000, runningSince: null, durationMs: 5000 })).toBe('stopped');
  });

  test('green until the last minute, amber in it, red past the limit with overtime counted', () => {
    const limit = 480;
    expect(timerView(running(0), limit, start + 400_000).look).toBe('normal');
    const amber = timerView(running(0), limit, start + 440_000);
    expect(amber.look).toBe('warning');
    expect(amber.remainingSeconds).toBe(40);
    const red = timerView(running(0), limit, start + 545_000);
    expect(red.look).toBe('over');
    expect(red.overtimeSeconds).toBe(65);
  });

  test('a stopped timer shows its recorded duration whatever the time now', () => {
    const stopped: TimerState = { elapsedMs: 660_000, runningSince: null, durationMs: 660_000 };
    const view = timerView(stopped, 480, start + 10_000_000);
    expect(view.elapsedSeconds).toBe(660);
    expect(view.overtimeSeconds).toBe(180);
  });

  test('short limits warn in their last quarter', () => {
    expect(warningSpan(480)).toBe(60);
    expect(warningSpan(30)).toBe(7.5);
    expect(timerView(running(0), 30, start + 24_000).look).toBe('warning');
  });

  test('without a limit the timer just counts', () => {
    const view = timerView(running(0), null, start + 5000);
    expect(view).toMatchObject({ look: 'normal', remainingSeconds: null, overtimeSeconds: 0, elapsedSeconds: 5 });
  });

  test('typed durations parse as minutes:seconds', () => {
    expect(parseClock('8:30')).toBe(510);
    expect(parseClock(' 1:02:03 ')).toBe(3723);
    expect(parseClock('45')).toBe(45);
    expect(parseClock('8:75')).toBeNull();
    expect(parseClock('eight')).toBeNull();
    expect(parseClock('')).toBeNull();
  });

  test('what is announced changes only at whole minutes and at the limit', () => {
    const say = (seconds: number, limit: number | null = 480) => timerAnnouncement(timerView(running(0), limit, start + seconds * 1000), limit);
    expect(say(0)).toBe('');
    expect(say(59.9)).toBe('');
    expect(say(60)).toBe('1 minute, 7:00 left.');
    expect(say(61)).toBe(say(60));
    expect(say(119)).toBe(say(60));
    expect(say(120)).toBe('2 minutes, 6:00 left.');
    expect(say(479)).toBe('7 minutes, 1:00 left.');
    expect(say(480)).toBe('Time is up: the 8:00 limit is reached.');
    expect(say(539)).toBe(say(480));
    expect(say(540)).toBe('1 minute over the 8:00 limit.');
    expect(say(665)).toBe('3 minutes over the 8:00 limit.');
    expect(say(125, null)).toBe('2 minutes.');
  });

  test('a limit that is not a whole minute is announced when it is reached', () => {
    const say = (seconds: number) => timerAnnouncement(timerView(running(0), 10, start + seconds * 1000), 10);
    expect(say(9)).toBe('');
    expect(say(10)).toBe('Time is up: the 0:10 limit is reached.');
    expect(say(69)).toBe(say(10));
    expect(say(70)).toBe('1 minute over the 0:10 limit.');
  });
});
