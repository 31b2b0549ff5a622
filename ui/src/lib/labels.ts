// Words for the backend's enums, and number formats used across screens.
import type { Recommendation, RubricKind, Total } from './bindings';

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

/** 0.8 → "80%"; nothing → "—". */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
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

/** One decimal, without a trailing ".0". */
export function oneDecimal(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return (Math.round(value * 10) / 10).toString();
}
