import { describe, expect, test } from 'vitest';
import { days, describeDue } from './due';

describe('when a one-on-one is due, in words', () => {
  test('one day is singular, others plural', () => {
    expect(days(1)).toBe('1 day');
    expect(days(0)).toBe('0 days');
    expect(days(3)).toBe('3 days');
  });

  test('overdue, today, tomorrow and later', () => {
    expect(describeDue('2026-11-20', 1, '2026-11-21')).toBe('1 day overdue');
    expect(describeDue('2026-11-10', 11, '2026-11-21')).toBe('11 days overdue');
    expect(describeDue('2026-11-21', 0, '2026-11-21')).toBe('due today');
    expect(describeDue('2026-11-22', 0, '2026-11-21')).toBe('due tomorrow');
    expect(describeDue('2026-11-27', 0, '2026-11-21')).toMatch(/^due .*27.* \(in 6 days\)$/);
  });
});
