// "Open the skill check" goes to the rep's Goals & plan tab; the routes are
// hashes, so the place on that tab is remembered here and the full form
// scrolls to it once it has loaded.

/** The id of the heading the full form sits under (on the Goals & plan tab). */
export const SKILL_CHECK_ID = 'skill-check';

let pending: string | null = null;

/** Remembers that the skill check of this rep should be brought into view. */
export function requestJump(personId: string): void {
  pending = personId;
}

/** Whether a jump to this rep's skill check is waiting; it is forgotten once asked. */
export function takeJump(personId: string): boolean {
  if (pending !== personId) return false;
  pending = null;
  return true;
}
