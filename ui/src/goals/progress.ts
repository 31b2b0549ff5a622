// Words for where a rep stands against the pace their goal needs.
import type { GoalProgress } from '../lib/bindings';
import { formatMoney, formatShortDay } from '../lib/format';

/** How far behind the steady pace the rep is; 0 when on track. */
export function behindBy(p: GoalProgress): number {
  return Math.max(0, (p.neededByNow ?? 0) - (p.earned ?? 0));
}

/** "On track", "Goal reached" or "Behind the pace by 2,917". */
export function paceText(p: GoalProgress): string {
  if ((p.remaining ?? 0) <= 0) return 'Goal reached';
  if (p.onTrack) return 'On track';
  return `Behind the pace by ${formatMoney(Math.round(behindBy(p)))}`;
}

/** What the funnel is worked out from: "To earn the remaining 18,000 by Wed 1 Jul". */
export function funnelCaption(p: GoalProgress | null, targetDate: string | null): string | null {
  if (!p || !targetDate) return null;
  const remaining = p.remaining ?? 0;
  if (remaining <= 0) return 'The goal is reached: nothing remains to earn.';
  const amount = formatMoney(Math.ceil(remaining));
  const by = formatShortDay(targetDate);
  return (p.earned ?? 0) > 0 ? `To earn the remaining ${amount} by ${by}` : `To earn ${amount} by ${by}`;
}
