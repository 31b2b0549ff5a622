import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import Timer from './Timer.svelte';

const now = Date.parse('2026-11-20T10:10:00Z');

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

describe('the timer', () => {
  test('past the limit it turns red and counts the overtime', () => {
    const since = new Date(now - 545_000).toISOString();
    const { container } = render(Timer, {
      timer: { elapsedMs: 0, runningSince: since, durationMs: null },
      limitSeconds: 480,
      onaction: () => {},
      onduration: () => {},
    });
    expect(screen.getByRole('timer')).toHaveTextContent('9:05');
    expect(screen.getByText('+1:05 over the 8:00 limit')).toBeInTheDocument();
    expect(container.querySelector('.timer')).toHaveClass('look-over');
  });

  test('the buttons offered follow the phase and send the action', async () => {
    const onaction = vi.fn();
    render(Timer, {
      timer: { elapsedMs: 30_000, runningSince: null, durationMs: null },
      limitSeconds: 480,
      onaction,
      onduration: () => {},
    });
    expect(screen.getByText('Paused')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(onaction).toHaveBeenCalledWith('start');
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onaction).toHaveBeenLastCalledWith('stop');
  });

  test('a time can be typed in, and a bad one is explained', async () => {
    const onduration = vi.fn();
    render(Timer, {
      timer: { elapsedMs: 0, runningSince: null, durationMs: null },
      limitSeconds: 480,
      onaction: () => {},
      onduration,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Enter a time' }));
    const input = screen.getByLabelText('Duration (minutes:seconds)');
    await userEvent.type(input, '8:75{Enter}');
    expect(screen.getByText(/minutes:seconds, like 8:30/)).toBeInTheDocument();
    expect(onduration).not.toHaveBeenCalled();
    await userEvent.clear(input);
    await userEvent.type(input, '11:00{Enter}');
    expect(onduration).toHaveBeenCalledWith(660);
  });

  test('a submitted scorecard shows the time without controls', () => {
    render(Timer, {
      timer: { elapsedMs: 470_000, runningSince: null, durationMs: 470_000 },
      limitSeconds: 480,
      locked: true,
      onaction: () => {},
      onduration: () => {},
    });
    expect(screen.getByRole('timer')).toHaveTextContent('7:50');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  test('a screen reader hears the running timer only at whole minutes and at the limit', async () => {
    render(Timer, {
      timer: { elapsedMs: 0, runningSince: new Date(now - 58_000).toISOString(), durationMs: null },
      limitSeconds: 120,
      onaction: () => {},
      onduration: () => {},
    });
    const live = screen.getByTestId('timer-announcement');
    expect(live).toHaveAttribute('aria-live', 'polite');
    // Nothing else on the timer is live: the digits and the status change every second.
    expect(document.querySelectorAll('[aria-live]:not([aria-live="off"])')).toHaveLength(1);
    const heard: string[] = [live.textContent ?? ''];
    for (let step = 0; step < 4 * 70; step++) {
      await vi.advanceTimersByTimeAsync(250);
      await tick();
      const text = live.textContent ?? '';
      if (text !== heard.at(-1)) heard.push(text);
    }
    expect(screen.getByRole('timer')).toHaveTextContent('2:08');
    expect(heard).toEqual(['', '1 minute, 1:00 left.', 'Time is up: the 2:00 limit is reached.']);
  });

  test('a paused timer says nothing new', async () => {
    render(Timer, {
      timer: { elapsedMs: 65_000, runningSince: null, durationMs: null },
      limitSeconds: 480,
      onaction: () => {},
      onduration: () => {},
    });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(screen.getByTestId('timer-announcement')).toHaveTextContent(/^$/);
  });
});
