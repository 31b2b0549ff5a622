import { afterEach, describe, expect, test } from 'vitest';
import {
  appLocale,
  daysBetween,
  formatAgo,
  formatDateTime,
  formatDay,
  formatDuration,
  formatEditable,
  formatMoney,
  formatNumber,
  formatPercent,
  formatShortDay,
  formatWeek,
  parseNumber,
  plural,
  setLocale,
  todayIso,
  weekMonday,
} from './format';

// Intl's grouping space in French-style locales is a narrow no-break space.
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setLocale(null));

describe('the locale dates and numbers are written in', () => {
  test('an English locale is used as it is', () => {
    expect(appLocale('en-US')).toBe('en-US');
    expect(appLocale('en-GB')).toBe('en-GB');
  });

  test('another language keeps its region’s ways with English words', () => {
    expect(appLocale('de-DE')).toBe('en-DE');
    expect(appLocale('fr-FR')).toBe('en-FR');
  });

  test('POSIX names are understood and "C" falls back to a usable locale', () => {
    expect(appLocale('de_DE.UTF-8')).toBe('en-DE');
    expect(appLocale('C')).toBe('en-GB');
    expect(appLocale('')).toBe('en-GB');
  });

  test('a chosen locale overrides the OS’s', () => {
    setLocale('en-US');
    expect(appLocale()).toBe('en-US');
    expect(formatDay('2026-10-05', new Date(2026, 0, 1))).toBe('Mon Oct 5');
    setLocale('en-GB');
    expect(formatDay('2026-10-05', new Date(2026, 0, 1))).toBe('Mon 5 Oct');
  });
});

describe('dates as people say them', () => {
  const today = new Date(2026, 10, 24, 12, 0);

  test('a day this year drops the year, in the locale’s order', () => {
    expect(formatDay('2026-10-05', today, 'en-GB')).toBe('Mon 5 Oct');
    expect(formatDay('2026-10-05', today, 'en-US')).toBe('Mon Oct 5');
    expect(formatDay('2026-10-05', today, 'en-DE')).toBe('Mon 5 Oct');
  });

  test('a day in another year keeps it', () => {
    expect(formatDay('2025-09-01', today, 'en-GB')).toMatch(/^Mon 1 Sept? 2025$/);
    expect(formatDay('2025-09-01', today, 'en-US')).toBe('Mon Sep 1, 2025');
  });

  test('a short day for tight places: no weekday', () => {
    expect(formatShortDay('2026-10-05', today, 'en-GB')).toBe('5 Oct');
    expect(formatShortDay('2026-10-05', today, 'en-US')).toBe('Oct 5');
    expect(formatShortDay('2025-10-05', today, 'en-US')).toBe('Oct 5, 2025');
  });

  test('a moment in local time, the clock as the locale reads it', () => {
    const at = new Date(2026, 9, 5, 14, 5).toISOString();
    expect(formatDateTime(at, today, 'en-GB')).toBe('Mon 5 Oct, 14:05');
    expect(formatDateTime(at, today, 'en-US').replace(/\u202f/g, ' ')).toBe('Mon Oct 5, 2:05 PM');
    expect(formatDateTime(new Date(2025, 9, 6, 9, 0).toISOString(), today, 'en-GB')).toBe('Mon 6 Oct 2025, 9:00');
  });

  test('relative times', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(formatAgo('2026-11-24T11:59:40Z', now, 'en-GB')).toBe('just now');
    expect(formatAgo('2026-11-21T12:00:00Z', now, 'en-GB')).toBe('3 days ago');
    expect(formatAgo('2026-11-23T12:00:00Z', now, 'en-GB')).toBe('yesterday');
    expect(formatAgo('2026-11-24T09:00:00Z', now, 'en-US')).toBe('3 hours ago');
    expect(formatAgo('2026-12-08T12:00:00Z', now, 'en-DE')).toBe('in 2 weeks');
  });

  test('today and day differences use the local calendar', () => {
    expect(todayIso(today)).toBe('2026-11-24');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });
});

describe('weeks as the Monday they commence', () => {
  const today = new Date(2026, 10, 24);

  test('an ISO week starts on its Monday, week 1 holding 4 January', () => {
    expect(weekMonday('2026-W47')).toBe('2026-11-16');
    expect(weekMonday('2026-W01')).toBe('2025-12-29');
    expect(weekMonday('2026-W53')).toBe('2026-12-28');
    expect(weekMonday('2027-W01')).toBe('2027-01-04');
    expect(weekMonday('2020-W01')).toBe('2019-12-30');
  });

  test('a day gives its week’s Monday', () => {
    expect(weekMonday('2026-11-16')).toBe('2026-11-16');
    expect(weekMonday('2026-11-22')).toBe('2026-11-16');
    expect(weekMonday('2027-01-01')).toBe('2026-12-28');
  });

  test('"w/c 16 Nov", in the locale’s order, the year only when it is not this year', () => {
    expect(formatWeek('2026-W47', today, 'en-GB')).toBe('w/c 16 Nov');
    expect(formatWeek('2026-W47', today, 'en-US')).toBe('w/c Nov 16');
    expect(formatWeek('2026-11-19', today, 'en-GB')).toBe('w/c 16 Nov');
    expect(formatWeek('2026-W01', today, 'en-GB')).toBe('w/c 29 Dec 2025');
  });
});

describe('numbers with the locale’s separators', () => {
  test('plain numbers, at most two decimals unless told', () => {
    expect(formatNumber(1234567.891, undefined, 'en-US')).toBe('1,234,567.89');
    expect(formatNumber(1234567.891, undefined, 'en-DE')).toBe('1.234.567,89');
    expect(spaces(formatNumber(1234.5, 1, 'en-FR'))).toBe('1 234,5');
    expect(formatNumber(1234.5, 1, 'en-IN')).toBe('1,234.5');
    expect(formatNumber(2.46, 1, 'en-GB')).toBe('2.5');
    expect(formatNumber(60, 1, 'en-GB')).toBe('60');
    expect(formatNumber(null, 1, 'en-GB')).toBe('—');
    expect(formatNumber(Number.NaN, 1, 'en-GB')).toBe('—');
  });

  test('money: separators, whole amounts without decimals, a symbol only when the currency is known', () => {
    expect(formatMoney(30000, null, 'en-US')).toBe('30,000');
    expect(formatMoney(30000, null, 'en-DE')).toBe('30.000');
    expect(formatMoney(1234.5, null, 'en-GB')).toBe('1,234.50');
    expect(formatMoney(1234.5, 'GBP', 'en-GB')).toBe('£1,234.50');
    expect(formatMoney(30000, 'USD', 'en-US')).toBe('$30,000');
    expect(formatMoney(undefined, null, 'en-US')).toBe('—');
  });

  test('percentages from a share', () => {
    expect(formatPercent(0.8, 0, 'en-GB')).toBe('80%');
    expect(formatPercent(0.4321, 1, 'en-US')).toBe('43.2%');
    expect(spaces(formatPercent(0.5, 0, 'en-DE'))).toBe('50 %');
    expect(formatPercent(null, 0, 'en-GB')).toBe('—');
  });

  test('counts with the right plural', () => {
    expect(plural(1, 'day', undefined, 'en-GB')).toBe('1 day');
    expect(plural(2, 'day', undefined, 'en-GB')).toBe('2 days');
    expect(plural(0, 'day', undefined, 'en-GB')).toBe('0 days');
    expect(plural(1.5, 'day', undefined, 'en-GB')).toBe('1.5 days');
    expect(plural(1200, 'call', undefined, 'en-US')).toBe('1,200 calls');
    expect(plural(3, 'entry', undefined, 'en-GB')).toBe('3 entries');
    expect(plural(2, 'match', undefined, 'en-GB')).toBe('2 matches');
    expect(plural(2, 'person', 'people', 'en-GB')).toBe('2 people');
    expect(plural(1, 'person', 'people', 'en-GB')).toBe('1 person');
  });

  test('durations in words, the two largest units', () => {
    expect(formatDuration(45, 'en-GB')).toBe('45 seconds');
    expect(formatDuration(1, 'en-GB')).toBe('1 second');
    expect(formatDuration(0, 'en-GB')).toBe('0 seconds');
    expect(formatDuration(480, 'en-GB')).toBe('8 minutes');
    expect(formatDuration(485.2, 'en-GB')).toBe('8 minutes 5 seconds');
    expect(formatDuration(3_900, 'en-GB')).toBe('1 hour 5 minutes');
    expect(formatDuration(3_605, 'en-GB')).toBe('1 hour');
    expect(formatDuration(2 * 86_400 + 3 * 3_600 + 60, 'en-GB')).toBe('2 days 3 hours');
    expect(formatDuration(null, 'en-GB')).toBe('—');
  });
});

describe('numbers typed into inputs', () => {
  test('shown as the locale writes them, without groups', () => {
    expect(formatEditable(2.5, undefined, 'en-DE')).toBe('2,5');
    expect(formatEditable(1234.5, undefined, 'en-US')).toBe('1234.5');
    expect(formatEditable(null, undefined, 'en-US')).toBe('');
  });

  test('read in the locale’s way or the plain one', () => {
    expect(parseNumber('1,234.5', 'en-US')).toBe(1234.5);
    expect(parseNumber('1234.5', 'en-US')).toBe(1234.5);
    expect(parseNumber('1,234', 'en-US')).toBe(1234);
    expect(parseNumber('2,5', 'en-US')).toBe(2.5);
    expect(parseNumber('1.234,5', 'en-DE')).toBe(1234.5);
    expect(parseNumber('2,5', 'en-DE')).toBe(2.5);
    expect(parseNumber('2.5', 'en-DE')).toBe(2.5);
    expect(parseNumber('1.234', 'en-DE')).toBe(1234);
    expect(parseNumber('1 234,5', 'en-FR')).toBe(1234.5);
    expect(parseNumber('-3', 'en-GB')).toBe(-3);
    expect(parseNumber('  ', 'en-GB')).toBeNull();
    expect(parseNumber('lots', 'en-GB')).toBeNaN();
    expect(parseNumber('1,2,3', 'en-GB')).toBeNaN();
  });
});
