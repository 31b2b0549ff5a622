import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import TrashPanel from './TrashPanel.svelte';
import { commands, type TrashEntry, type TrashPage } from '../lib/bindings';
import { announce, RESTORED } from '../lib/events';
import { setLocale } from '../lib/format';
import { toasts } from '../lib/toasts.svelte';
import { fail, ok, trashEntry } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { listTrash: vi.fn(), restoreFromTrash: vi.fn(), emptyTrash: vi.fn() },
}));
const mocked = vi.mocked(commands);

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

const meeting = trashEntry({ id: 'm', deletedAt: daysAgo(3), records: 5 });
const item = trashEntry({ id: 'a', kind: 'action_item', title: 'Send the deck', onDate: null, records: 1, deletedAt: daysAgo(4) });
const agenda = trashEntry({ id: 'v', kind: 'agenda_version', title: 'Weekly', personId: null, personName: null, onDate: null, records: 6, deletedAt: daysAgo(5) });

const page = (items: TrashEntry[], total = items.length): TrashPage => ({
  items,
  total,
  nextPurge: items.length ? new Date(Date.now() + 25 * DAY).toISOString() : null,
});

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en-GB');
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
});

afterEach(() => setLocale(null));

const rows = () => within(screen.getByRole('list', { name: 'In the trash' })).getAllByRole('listitem');

describe('the trash', () => {
  test('lists what is in it, most recently deleted first: what, when, how much', async () => {
    mocked.listTrash.mockImplementation(() => ok(page([meeting, item, agenda])));
    render(TrashPanel);
    expect(await screen.findByText('3 entries, most recently deleted first.')).toBeInTheDocument();
    const [first, second, third] = rows();
    expect(third).toHaveTextContent('Earlier agenda: Weekly');
    expect(first).toHaveTextContent(/One-on-one with Ada Lovelace, 2 Nov/);
    expect(first).toHaveTextContent('deleted 3 days ago · holds 5 records');
    expect(second).toHaveTextContent('Action item: Send the deck (Ada Lovelace)');
    expect(second).toHaveTextContent('deleted 4 days ago');
    expect(second).not.toHaveTextContent('holds');
    expect(mocked.listTrash).toHaveBeenCalledWith(20, 0);
    expect(screen.getByText(/Entries are purged 30 days after deletion; the next is due /)).toBeInTheDocument();
  });

  test('an earlier version is used in place of the current one, which is kept', async () => {
    mocked.listTrash.mockImplementation(() => ok(page([agenda])));
    render(TrashPanel);
    const use = await screen.findByRole('button', { name: 'Use this version Earlier agenda: Weekly' });
    expect(use).toHaveAccessibleDescription('Replaces the current version, which is kept in the trash.');
  });

  test('restoring reloads the list, says so and lets Settings know', async () => {
    const onrestored = vi.fn();
    mocked.listTrash.mockImplementationOnce(() => ok(page([meeting, item]))).mockImplementation(() => ok(page([item])));
    mocked.restoreFromTrash.mockImplementation(() => ok(meeting));
    render(TrashPanel, { onrestored });
    await userEvent.click(await screen.findByRole('button', { name: /^Restore One-on-one with Ada Lovelace/ }));
    expect(mocked.restoreFromTrash).toHaveBeenCalledWith('m');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(onrestored).toHaveBeenCalledWith(meeting);
    expect(toasts.items).toEqual([expect.objectContaining({ kind: 'info', message: expect.stringMatching(/^Restored: One-on-one with Ada Lovelace/) })]);
    // The keyboard moves on to the next entry.
    expect(screen.getByRole('button', { name: /^Restore Action item/ })).toHaveFocus();
  });

  test('a restore the backend refuses says why, by the entry', async () => {
    const why = 'It cannot be restored while the person it belongs to is deleted: restore that first.';
    mocked.listTrash.mockImplementation(() => ok(page([item])));
    mocked.restoreFromTrash.mockImplementation(() => fail({ kind: 'conflict', message: why }));
    render(TrashPanel);
    const restore = await screen.findByRole('button', { name: /^Restore Action item/ });
    await userEvent.click(restore);
    expect(await within(rows()[0]).findByRole('alert')).toHaveTextContent(why);
    expect(restore).toHaveAccessibleDescription(why);
  });

  test('Show more loads the next page after those shown', async () => {
    mocked.listTrash.mockImplementationOnce(() => ok(page([meeting], 2))).mockImplementation(() => ok(page([item], 2)));
    render(TrashPanel);
    await userEvent.click(await screen.findByRole('button', { name: 'Show more (1 more)' }));
    expect(mocked.listTrash).toHaveBeenLastCalledWith(20, 1);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Restore Action item/ })).toHaveFocus();
  });

  test('Empty trash asks first; Esc keeps everything', async () => {
    mocked.listTrash.mockImplementation(() => ok(page([meeting, item])));
    render(TrashPanel);
    await userEvent.click(await screen.findByRole('button', { name: 'Empty trash…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Empty the trash?' });
    expect(dialog).toHaveTextContent('All 2 entries in the trash will be deleted for good');
    expect(dialog).toHaveTextContent('This cannot be undone.');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(mocked.emptyTrash).not.toHaveBeenCalled();
  });

  test('confirmed, it empties the trash and says what the trash is for', async () => {
    mocked.listTrash.mockImplementationOnce(() => ok(page([meeting, item]))).mockImplementation(() => ok(page([])));
    mocked.emptyTrash.mockImplementation(() => ok(2));
    render(TrashPanel);
    await userEvent.click(await screen.findByRole('button', { name: 'Empty trash…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Empty trash' }));
    expect(mocked.emptyTrash).toHaveBeenCalledOnce();
    expect(await screen.findByText(/The trash is empty\. What you delete/)).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(toasts.items.map((t) => t.message)).toContain('Emptied the trash: 2 entries deleted for good.');
    expect(screen.queryByText(/the next is due/)).not.toBeInTheDocument();
  });

  test('an Undo elsewhere reloads it', async () => {
    mocked.listTrash.mockImplementationOnce(() => ok(page([meeting]))).mockImplementation(() => ok(page([])));
    render(TrashPanel);
    await screen.findByText('1 entry, most recently deleted first.');
    announce(RESTORED);
    expect(await screen.findByText(/The trash is empty/)).toBeInTheDocument();
  });
});
