// Every delete moves its thing to the trash; this says so in a toast with
// Undo (which restores it) and words each kind of entry the same way in the
// toast and in Settings' trash list.
import { commands, type TrashEntry, type TrashKind } from './bindings';
import { asApiError, unwrap } from './api';
import { formatShortDay, formatWeek } from './format';
import { toasts } from './toasts.svelte';

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

/** "One-on-one with Ada, Mon 2 Nov", "KPI value: Calls, w/c 2 Nov", "Rubric: Cold call". */
export function describeEntry(entry: TrashEntry, today: Date = new Date(), locale?: string): string {
  const day = entry.onDate
    ? entry.kind === 'kpi_value'
      ? formatWeek(entry.onDate, today, locale)
      : formatShortDay(entry.onDate, today, locale)
    : null;
  if (entry.kind === 'meeting') {
    return ['One-on-one', entry.personName ? `with ${entry.personName}` : null].filter(Boolean).join(' ') + (day ? `, ${day}` : '');
  }
  const who = entry.personName && entry.kind !== 'person' ? ` (${entry.personName})` : '';
  return `${kindLabel(entry.kind)}: ${entry.title}${who}${day ? `, ${day}` : ''}`;
}

/**
 * Tells that `entry` went to the trash and offers Undo; `restored` runs after
 * an undo (reload what the page shows).
 */
export function offerUndo(entry: TrashEntry, restored: () => void | Promise<void>): void {
  toasts.show(`Moved to the trash: ${describeEntry(entry)}.`, 'info', undefined, {
    label: 'Undo',
    run: async () => {
      try {
        await unwrap(commands.restoreFromTrash(entry.id));
        await restored();
      } catch (e) {
        toasts.show(asApiError(e).message);
      }
    },
  });
}
