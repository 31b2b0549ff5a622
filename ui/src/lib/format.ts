// Dates and numbers as people write them where they are ("Mon 5 Oct" or
// "Mon Oct 5", "1,234.5" or "1.234,5"), from the OS locale; stored values stay
// ISO. Every function takes an optional locale (tests pass a fixed one); without
// it, the app's locale: a chosen one (setLocale) or the OS's (navigator.language).
import type { Stage } from './bindings';

const DAY_MS = 86_400_000;

let chosen: string | null = null;

/** Overrides the OS locale (a future setting; tests). `null` follows the OS again. */
export function setLocale(tag: string | null): void {
  chosen = tag;
}

function usable(tag: string): boolean {
  try {
    return new Intl.NumberFormat(tag).resolvedOptions().locale !== undefined;
  } catch {
    return false;
  }
}

/**
 * The locale to format with. The app is written in English, so words stay
 * English while the order of day and month and the separators follow the
 * region: an English locale is used as it is ("en-US", "en-GB"); another one
 * becomes English for its region where one is known ("de-DE" → "en-DE":
 * "Mon 5 Oct", "1.234,5"); otherwise the locale itself.
 */
export function appLocale(os: string | null | undefined = chosen ?? globalThis.navigator?.language): string {
  const key = os ?? '';
  let found = resolvedLocales.get(key);
  if (found === undefined) {
    found = resolve(key);
    resolvedLocales.set(key, found);
  }
  return found;
}

const resolvedLocales = new Map<string, string>();

function resolve(os: string): string {
  // POSIX forms ("de_DE.UTF-8") become tags; "C" and the like fall back to en-GB.
  const tag = os.replace(/[.@].*$/, '').replace(/_/g, '-');
  if (!tag || !usable(tag)) return 'en-GB';
  const parsed = new Intl.Locale(tag);
  if (parsed.language === 'en' || !parsed.region) return tag;
  const english = `en-${parsed.region}`;
  return new Intl.DateTimeFormat(english).resolvedOptions().locale === english ? english : tag;
}

/** Parses `YYYY-MM-DD` as a local calendar day. */
export function parseDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** Formats with the weekday's comma dropped: "Mon, Oct 5" → "Mon Oct 5". */
function dateText(date: Date, options: Intl.DateTimeFormatOptions, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, options).formatToParts(date);
  return parts
    .map((p, i) => (p.type === 'literal' && parts[i - 1]?.type === 'weekday' ? p.value.replace(/^,\s*/, ' ') : p.value))
    .join('');
}

/** "Mon 5 Oct" (or "Mon Oct 5", by locale), with the year added when it is not this year. */
export function formatDay(day: string, today: Date = new Date(), locale?: string): string {
  const date = parseDay(day);
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
  if (date.getFullYear() !== today.getFullYear()) options.year = 'numeric';
  return dateText(date, options, locale ?? appLocale());
}

/** "5 Oct" (or "Oct 5"), without the weekday: chart axes and tight columns; the year when it is not this year. */
export function formatShortDay(day: string, today: Date = new Date(), locale?: string): string {
  const date = parseDay(day);
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (date.getFullYear() !== today.getFullYear()) options.year = 'numeric';
  return dateText(date, options, locale ?? appLocale());
}

/** A moment: "Mon 5 Oct, 14:05" (or "Mon Oct 5, 2:05 PM"), in local time; the year when it is not this year. */
export function formatDateTime(iso: string, today: Date = new Date(), locale?: string): string {
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
  if (date.getFullYear() !== today.getFullYear()) options.year = 'numeric';
  return dateText(date, options, locale ?? appLocale());
}

/** "just now", "3 days ago", "in 2 weeks" for a timestamp. */
export function formatAgo(iso: string, now: Date = new Date(), locale?: string): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 86_400],
    ['month', 30 * 86_400],
    ['week', 7 * 86_400],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const rtf = new Intl.RelativeTimeFormat(locale ?? appLocale(), { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(Math.round(seconds / 60), 'minute');
}

/** Today as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}

/** The Monday an ISO week commences: "2026-W47" → "2026-11-16". A `YYYY-MM-DD` day gives its week's Monday. */
export function weekMonday(week: string): string {
  const iso = /^(\d{4})-W(\d{2})$/.exec(week);
  let monday: Date;
  if (iso) {
    // 4 January is always in week 1.
    const jan4 = new Date(Date.UTC(Number(iso[1]), 0, 4));
    const week1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
    monday = new Date(week1 + (Number(iso[2]) - 1) * 7 * DAY_MS);
  } else {
    const [y, m, d] = week.split('-').map(Number);
    const day = new Date(Date.UTC(y, m - 1, d));
    monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
  }
  return monday.toISOString().slice(0, 10);
}

/** A week as people say it: "w/c 16 Nov" (the Monday it commences), the year added when it is not this year. */
export function formatWeek(week: string, today: Date = new Date(), locale?: string): string {
  const monday = parseDay(weekMonday(week));
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  if (monday.getFullYear() !== today.getFullYear()) options.year = 'numeric';
  return `w/c ${dateText(monday, options, locale ?? appLocale())}`;
}

const DASH = '—';

/** 1234.5 → "1,234.5" (or "1.234,5"…); at most `digits` decimals (two unless told); nothing → "—". */
export function formatNumber(n: number | null | undefined, digits = 2, locale?: string): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  return new Intl.NumberFormat(locale ?? appLocale(), { maximumFractionDigits: digits }).format(n);
}

/**
 * An amount of money with separators: whole amounts without decimals, others
 * with two. A currency symbol only when the currency (ISO 4217 code) is known.
 */
export function formatMoney(n: number | null | undefined, currency: string | null = null, locale?: string): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return DASH;
  const digits = Math.abs(n - Math.round(n)) < 0.005 ? 0 : 2;
  const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  if (currency) Object.assign(options, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' });
  return new Intl.NumberFormat(locale ?? appLocale(), options).format(n);
}

/** A share as a percentage: 0.8 → "80%" (or "80 %"); nothing → "—". */
export function formatPercent(share: number | null | undefined, digits = 0, locale?: string): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return DASH;
  return new Intl.NumberFormat(locale ?? appLocale(), { style: 'percent', maximumFractionDigits: digits }).format(share);
}

const english = new Intl.PluralRules('en');

/** The English plural of a word: day → days, entry → entries, match → matches. */
function pluralOf(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A count with its word: "1 day", "2 days", "1,200 calls"; `many` for an irregular plural. */
export function plural(n: number, word: string, many: string = pluralOf(word), locale?: string): string {
  return `${formatNumber(n, 2, locale)} ${english.select(n) === 'one' ? word : many}`;
}

/**
 * A length of time in words: "45 seconds", "8 minutes", "8 minutes 5 seconds",
 * "1 hour 5 minutes", "2 days 3 hours"; the two largest units, seconds only under an hour.
 */
export function formatDuration(seconds: number | null | undefined, locale?: string): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return DASH;
  const whole = Math.max(0, Math.round(seconds));
  const units: [number, string][] = [
    [Math.floor(whole / 86_400), 'day'],
    [Math.floor((whole % 86_400) / 3_600), 'hour'],
    [Math.floor((whole % 3_600) / 60), 'minute'],
    [whole < 3_600 ? whole % 60 : 0, 'second'],
  ];
  const first = units.findIndex(([n]) => n > 0);
  if (first === -1) return plural(0, 'second', undefined, locale);
  return units
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, word]) => plural(n, word, undefined, locale))
    .join(' ');
}

/** The separators a locale writes numbers with. */
function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/** A number for an input, as the locale writes it but without group separators: 2.5 → "2,5" in "en-DE". */
export function formatEditable(n: number | null | undefined, digits = 3, locale?: string): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  return new Intl.NumberFormat(locale ?? appLocale(), { maximumFractionDigits: digits, useGrouping: false }).format(n);
}

/**
 * A number typed by a person, in the locale's way or the plain one: "1,234.5"
 * and "1234.5" in "en-US", "1.234,5" and "2,5" in "en-DE", "2.5" anywhere.
 * Empty → null; anything else that is not a number → NaN (for the backend to refuse).
 */
export function parseNumber(text: string, locale?: string): number | null {
  const { group, decimal } = separators(locale ?? appLocale());
  let s = text.trim().replace(/[\s\u00a0\u202f'\u2019]/g, '');
  if (s === '') return null;
  const other = decimal === ',' ? '.' : ',';
  if (s.includes(decimal)) {
    // The locale's own way: its group separators go.
    s = s.split(group === ',' || group === '.' ? group : other).join('');
    if (decimal === ',') s = s.replace(',', '.');
  } else if (s.includes(other)) {
    // The other separator alone: groups if it separates thousands ("1.234" in en-DE), else a decimal point.
    const grouped = new RegExp(`^-?\\d{1,3}(\\${other}\\d{3})+$`);
    s = grouped.test(s) && group === other ? s.split(other).join('') : s.replace(other, '.');
  }
  return /^-?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

export const stageLabels: Record<Stage, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  hired: 'Hired',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

/** Stages in pipeline order. */
export const stages = Object.keys(stageLabels) as Stage[];
