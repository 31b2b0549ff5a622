// What the exercise timer shows, computed from stored timestamps so it stays
// true however long the window was hidden or busy.
import type { TimerState } from '../lib/bindings';
import { plural } from '../lib/format';
import { clock } from '../lib/labels';

export type TimerPhase = 'idle' | 'running' | 'paused' | 'stopped';
export type TimerLook = 'normal' | 'warning' | 'over';

export type TimerView = {
  phase: TimerPhase;
  look: TimerLook;
  elapsedSeconds: number;
  /** Seconds left before the limit; 0 once past it. */
  remainingSeconds: number | null;
  overtimeSeconds: number;
};

export function elapsedMs(timer: TimerState, now: number): number {
  const running = timer.runningSince ? Math.max(0, now - Date.parse(timer.runningSince)) : 0;
  return timer.elapsedMs + running;
}

export function phaseOf(timer: TimerState): TimerPhase {
  if (timer.durationMs !== null) return 'stopped';
  if (timer.runningSince) return 'running';
  return timer.elapsedMs > 0 ? 'paused' : 'idle';
}

/** The warning starts in the last minute, or the last quarter of a short limit. */
export function warningSpan(limitSeconds: number): number {
  return Math.min(60, limitSeconds / 4);
}

export function timerView(timer: TimerState, limitSeconds: number | null, now: number): TimerView {
  const elapsedSeconds = (timer.durationMs ?? elapsedMs(timer, now)) / 1000;
  const phase = phaseOf(timer);
  if (limitSeconds === null) {
    return { phase, look: 'normal', elapsedSeconds, remainingSeconds: null, overtimeSeconds: 0 };
  }
  const overtimeSeconds = Math.max(0, elapsedSeconds - limitSeconds);
  const remainingSeconds = Math.max(0, limitSeconds - elapsedSeconds);
  const look: TimerLook =
    overtimeSeconds > 0 ? 'over' : remainingSeconds <= warningSpan(limitSeconds) ? 'warning' : 'normal';
  return { phase, look, elapsedSeconds, remainingSeconds, overtimeSeconds };
}

/** "8:05" or "1:02:03" typed by a person → seconds; null if it is not a time. */
export function parseClock(text: string): number | null {
  const parts = text.trim().split(':');
  if (parts.length < 1 || parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) return null;
  const numbers = parts.map(Number);
  if (numbers.slice(1).some((n) => n >= 60)) return null;
  return numbers.reduce((total, n) => total * 60 + n, 0);
}

const minutes = (n: number) => plural(n, 'minute');

/**
 * What a screen reader hears about the running timer. It changes only at a
 * whole minute and when the limit is reached, never every second, so a live
 * region holding it speaks only then.
 */
export function timerAnnouncement(view: TimerView, limitSeconds: number | null): string {
  if (limitSeconds !== null && view.elapsedSeconds >= limitSeconds) {
    const over = Math.floor(view.overtimeSeconds / 60);
    return over === 0
      ? `Time is up: the ${clock(limitSeconds)} limit is reached.`
      : `${minutes(over)} over the ${clock(limitSeconds)} limit.`;
  }
  const whole = Math.floor(view.elapsedSeconds / 60);
  if (whole === 0) return '';
  const left = limitSeconds === null ? '' : `, ${clock(limitSeconds - whole * 60)} left`;
  return `${minutes(whole)}${left}.`;
}
