// Every delete moves its thing to the trash; this says so in a toast with
// Undo (which restores it) and words each kind of entry the same way in the
// toast and in Settings' trash list. Archiving offers Undo the same way.
import { commands, type TrashEntry, type TrashKind } from './bindings';
import { asApiError, unwrap } from './api';
import { announce, RESTORED } from './events';
import { formatShortDay, formatWeek } from './format';
import { toasts } from './toasts.svelte';

/** Days an entry stays in the trash before it is purged (the backend's RETENTION_DAYS). */
export const RETENTION_DAYS = 30;

const KIND_LABEL: Record<TrashKind, string> = {
  person: 'Person',
  meeting: 'One-on-one',
  action_item: 'Action item',
  feedback: 'Feedback',
  kpi: 'KPI',
  kpi_value: 'KPI value',
  account: 'Account',
  rubric: 'Rubric',
  template: 'Agenda',
  agenda_version: 'Earlier agenda',
  rubric_version: 'Earlier rubric version',
  plan_draft: 'Earlier plan draft',
};

export function kindLabel(kind: TrashKind): string {
  return KIND_LABEL[kind];
}

/** Whether restoring it replaces the current version rather than bringing back something deleted. */
export function isVersion(kind: TrashKind): boolean {
  return kind === 'agenda_version' || kind === 'rubric_version' || kind === 'plan_draft';
}

/** What the button that restores it says. */
export function restoreLabel(kind: TrashKind): string {
  return isVersion(kind) ? 'Use this version' : 'Restore';
}

/**
 * describeEntry in two parts, the kind and the rest ("One-on-one",
 * " with Ada, 2 Nov"), so a list can set the kind apart.
 */
export function describeParts(entry: TrashEntry, today: Date = new Date(), locale?: string): [string, string] {
  const day = entry.onDate
    ? entry.kind === 'kpi_value'
      ? formatWeek(entry.onDate, today, locale)
      : formatShortDay(entry.onDate, today, locale)
    : null;
  if (entry.kind === 'meeting') {
    return ['One-on-one', (entry.personName ? ` with ${entry.personName}` : '') + (day ? `, ${day}` : '')];
  }
  const who = entry.personName && entry.kind !== 'person' ? ` (${entry.personName})` : '';
  return [kindLabel(entry.kind), `: ${entry.title}${who}${day ? `, ${day}` : ''}`];
}

/** "One-on-one with Ada, 2 Nov", "KPI value: Calls, w/c 2 Nov", "Rubric: Cold call". */
export function describeEntry(entry: TrashEntry, today: Date = new Date(), locale?: string): string {
  return describeParts(entry, today, locale).join('');
}

/**
 * Shows `message` with Undo. Undo runs `undo`; when it succeeds, says
 * `undone` and tells the places listing such things to load again; when it
 * fails, shows the backend's message.
 */
export function offerUndoWith(message: string, undo: () => Promise<unknown>, undone = 'Undone.'): void {
  toasts.show(message, 'info', undefined, {
    label: 'Undo',
    run: async () => {
      try {
        await undo();
        announce(RESTORED);
        toasts.show(undone, 'info', 3000);
      } catch (e) {
        toasts.show(asApiError(e).message);
      }
    },
  });
}

/**
 * Tells that `entry` went to the trash and offers Undo; `restored` runs after
 * an undo (reload what the page shows; lists elsewhere hear RESTORED).
 */
export function offerUndo(entry: TrashEntry, restored?: () => void | Promise<void>): void {
  const what = describeEntry(entry);
  offerUndoWith(
    `Moved to the trash: ${what}.`,
    async () => {
      await unwrap(commands.restoreFromTrash(entry.id));
      await restored?.();
    },
    `Restored: ${what}.`,
  );
}
