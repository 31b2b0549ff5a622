import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { commands } from './bindings';
import { listen, RESTORED } from './events';
import { toasts } from './toasts.svelte';
import { describeEntry, describeParts, isVersion, kindLabel, offerUndo, offerUndoWith, restoreLabel } from './trash';
import { fail, ok, trashEntry } from '../test/fixtures';

vi.mock('./bindings', () => ({ commands: { restoreFromTrash: vi.fn() } }));
const mocked = vi.mocked(commands);

const today = new Date(2026, 10, 20);
const clear = () => {
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
};

beforeEach(() => {
  vi.resetAllMocks();
  clear();
});
afterEach(clear);

describe('wording', () => {
  test('each kind has a label; only earlier versions are versions, restored with "Use this version"', () => {
    expect(kindLabel('action_item')).toBe('Action item');
    expect(kindLabel('template')).toBe('Agenda');
    for (const kind of ['agenda_version', 'rubric_version', 'plan_draft'] as const) {
      expect(isVersion(kind)).toBe(true);
      expect(restoreLabel(kind)).toBe('Use this version');
    }
    for (const kind of ['meeting', 'person', 'kpi', 'template'] as const) {
      expect(isVersion(kind)).toBe(false);
      expect(restoreLabel(kind)).toBe('Restore');
    }
  });

  test('an entry says what, whose and which day; a KPI value by its week', () => {
    expect(describeEntry(trashEntry(), today, 'en-GB')).toBe('One-on-one with Ada Lovelace, 2 Nov');
    expect(describeEntry(trashEntry({ kind: 'kpi_value', title: 'Calls', onDate: '2026-11-04' }), today, 'en-GB')).toBe(
      'KPI value: Calls (Ada Lovelace), w/c 2 Nov',
    );
    expect(describeEntry(trashEntry({ kind: 'person', title: 'Ada Lovelace', onDate: null }), today, 'en-GB')).toBe('Person: Ada Lovelace');
    expect(describeEntry(trashEntry({ kind: 'rubric', title: 'Cold call', personId: null, personName: null, onDate: null }), today)).toBe(
      'Rubric: Cold call',
    );
  });

  test('the parts set the kind apart and join to the same words', () => {
    const entry = trashEntry({ kind: 'agenda_version', title: 'Weekly', personName: null, onDate: null });
    expect(describeParts(entry, today)).toEqual(['Earlier agenda', ': Weekly']);
    expect(describeParts(trashEntry(), today, 'en-GB')).toEqual(['One-on-one', ' with Ada Lovelace, 2 Nov']);
  });
});

describe('Undo in a toast', () => {
  test('offers Undo; Undo restores the entry, runs the page reload, tells the lists and says so', async () => {
    mocked.restoreFromTrash.mockImplementation(() => ok(trashEntry()));
    const restored = vi.fn();
    const heard = vi.fn();
    const stop = listen(RESTORED, heard);
    offerUndo(trashEntry(), restored);
    const toast = toasts.items[0];
    expect(toast.message).toMatch(/^Moved to the trash: One-on-one with Ada Lovelace, /);
    expect(toast.action?.label).toBe('Undo');
    await toasts.act(toast.id);
    stop();
    expect(mocked.restoreFromTrash).toHaveBeenCalledWith('t1');
    expect(restored).toHaveBeenCalledOnce();
    expect(heard).toHaveBeenCalledOnce();
    expect(toasts.items.map((t) => t.message)).toEqual([expect.stringMatching(/^Restored: One-on-one with Ada Lovelace/)]);
  });

  test('an undo the backend refuses shows its message, and nothing is reloaded', async () => {
    mocked.restoreFromTrash.mockImplementation(() =>
      fail({ kind: 'conflict', message: 'It cannot be restored while the person it belongs to is deleted: restore that first.' }),
    );
    const restored = vi.fn();
    offerUndo(trashEntry({ kind: 'action_item', title: 'Send the deck' }), restored);
    await toasts.act(toasts.items[0].id);
    expect(restored).not.toHaveBeenCalled();
    expect(toasts.items).toEqual([
      expect.objectContaining({ kind: 'error', message: 'It cannot be restored while the person it belongs to is deleted: restore that first.' }),
    ]);
  });

  test('an archive offers Undo the same way, with its own undo', async () => {
    const undo = vi.fn(() => Promise.resolve());
    offerUndoWith('Archived. Nothing was deleted.', undo);
    expect(toasts.items[0]).toMatchObject({ message: 'Archived. Nothing was deleted.', kind: 'info' });
    await toasts.act(toasts.items[0].id);
    expect(undo).toHaveBeenCalledOnce();
    expect(toasts.items.map((t) => t.message)).toEqual(['Undone.']);
  });
});
