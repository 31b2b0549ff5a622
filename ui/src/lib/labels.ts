// Words for the backend's enums, and number formats used across screens.
import type { Cadence, Nudge, Owner, Recommendation, RubricKind, Total } from './bindings';
import { formatNumber, formatPercent } from './format';

export const kindLabels: Record<RubricKind, string> = {
  presentation: 'Presentation',
  written_exercise: 'Written exercise',
  role_play: 'Role play',
  custom: 'Custom',
};

export const recommendationLabels: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};

export const recommendations = Object.keys(recommendationLabels) as Recommendation[];

/** 0.8 → "80%" (as the locale writes it); nothing → "—". */
export function percent(share: number | null | undefined): string {
  return formatPercent(share);
}

/** "80% (1 missing)" for a total, saying plainly when criteria are unscored. */
export function describeTotal(total: Total | null | undefined): string {
  if (!total) return '—';
  if (total.share === null) return 'Not scored yet';
  const missing = total.missing > 0 ? ` (${total.missing} not scored)` : '';
  return `${percent(total.share)}${missing}`;
}

/** 485.2 seconds → "8:05". */
export function clock(seconds: number | null): string {
  if (seconds === null) return '—';
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** One decimal, without a trailing ".0", as the locale writes it; nothing → "—". */
export function oneDecimal(value: number | null | undefined): string {
  return formatNumber(value, 1);
}

export const cadenceLabels: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

export const ownerLabels: Record<Owner, string> = { manager: 'Manager', rep: 'Rep' };

export const nudgeLabels: Record<Nudge, string> = {
  no_feedback: 'No feedback in 30 days',
  only_constructive: 'Only constructive lately',
  no_recent_positive: 'No praise for two weeks',
};

/** Splits a search snippet into plain and matched runs (markers \u0002 … \u0003). */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [i, chunk] of snippet.split('\u0002').entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    const [match, rest = ''] = chunk.split('\u0003');
    parts.push({ text: match, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}
