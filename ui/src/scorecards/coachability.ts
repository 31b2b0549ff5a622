// The evidence for coachability, in words: how the other criteria moved from
// the first round to the last. It sits beside the score; it never sets it.
import type { CoachabilityEvidence } from '../lib/bindings';
import { plural } from '../lib/format';

const points = (n: number) => plural(n, 'point');
const criteria = (n: number) => plural(n, 'criterion', 'criteria');

/** "+3 points across 4 criteria after coaching", "No change after coaching", "Scored 2 points lower after coaching". */
export function describeCoachability(e: CoachabilityEvidence): string {
  if (e.verdict === 'improved') return `+${points(e.change)} across ${criteria(e.compared)} after coaching`;
  if (e.verdict === 'worse') return `Scored ${points(Math.abs(e.change))} lower after coaching, across ${criteria(e.compared)}`;
  return `No change after coaching, across ${criteria(e.compared)}`;
}
