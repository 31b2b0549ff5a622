import { describe, expect, test } from 'vitest';
import { daysBetween, formatAgo, formatDay, todayIso } from './format';

describe('dates as people say them', () => {
  const today = new Date(2026, 10, 24, 12, 0);

  test('a day this year drops the year', () => {
    expect(formatDay('2026-10-05', today)).toBe('Mon 5 Oct');
  });

  test('a day in another year keeps it', () => {
    expect(formatDay('2025-09-01', today)).toMatch(/^Mon 1 Sept? 2025$/);
  });

  test('relative times', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(formatAgo('2026-11-24T11:59:40Z', now)).toBe('just now');
    expect(formatAgo('2026-11-21T12:00:00Z', now)).toBe('3 days ago');
    expect(formatAgo('2026-11-23T12:00:00Z', now)).toBe('yesterday');
    expect(formatAgo('2026-11-24T09:00:00Z', now)).toBe('3 hours ago');
  });

  test('today and day differences use the local calendar', () => {
    expect(todayIso(today)).toBe('2026-11-24');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });
});
