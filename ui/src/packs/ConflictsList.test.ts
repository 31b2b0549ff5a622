import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import ConflictsList from './ConflictsList.svelte';
import { commands } from '../lib/bindings';
import { setLocale } from '../lib/format';
import { toasts } from '../lib/toasts.svelte';
import { conflict, fail, ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { listConflicts: vi.fn(), takeOtherVersion: vi.fn(), dismissConflict: vi.fn() },
}));
const mocked = vi.mocked(commands);

const item = conflict();
const deleted = conflict({
  id: 'c2', what: 'a shared note', kind: 'deleted_here', canTakeOther: true,
  fields: [{ name: 'body', ours: null, theirs: 'Pipeline review' }],
});

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en-GB');
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
});
afterEach(() => setLocale(null));

const rows = () => within(screen.getByRole('list', { name: 'Conflicts to look at' })).getAllByRole('listitem');

describe('the conflicts list', () => {
  test('says what it is for when there are none', async () => {
    mocked.listConflicts.mockImplementation(() => ok([]));
    render(ConflictsList);
    expect(await screen.findByText(/No conflicts\. When a pack brings a change/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Conflicts' })).toBeInTheDocument();
  });

  test('each conflict: what, from whom, which version is kept, and the fields side by side', async () => {
    mocked.listConflicts.mockImplementation(() => ok([item, deleted]));
    render(ConflictsList);
    expect(await screen.findByRole('heading', { name: 'Conflicts (2)' })).toBeInTheDocument();
    const [first, second] = rows();
    expect(first).toHaveTextContent('An action item from Ada Lovelace');
    expect(first).toHaveTextContent('Changed on both sides.');
    expect(first).toHaveTextContent('Kept: yours — the later change');
    const table = within(first).getByRole('table', { name: 'Where the two versions differ' });
    const cells = within(table).getAllByRole('row')[1];
    expect(within(cells).getByRole('rowheader')).toHaveTextContent('text');
    expect(within(cells).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Send the deck by Friday', 'Send the deck by Monday']);
    expect(second).toHaveTextContent('A shared note from Ada Lovelace');
    expect(second).toHaveTextContent('Kept: yours — it stays deleted');
    // A missing side reads as a dash, not "null".
    expect(within(second).getAllByRole('cell')[0]).toHaveTextContent('—');
  });

  test('Take the other version puts it in place and the list moves on', async () => {
    mocked.listConflicts.mockImplementationOnce(() => ok([item, deleted])).mockImplementation(() => ok([deleted]));
    mocked.takeOtherVersion.mockImplementation(() => ok(null));
    render(ConflictsList);
    await screen.findByRole('heading', { name: 'Conflicts (2)' });
    await userEvent.click(within(rows()[0]).getByRole('button', { name: 'Take the other version' }));
    expect(mocked.takeOtherVersion).toHaveBeenCalledWith('c1');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(toasts.items.map((t) => t.message)).toContain('An action item from Ada Lovelace: kept theirs.');
    // The keyboard goes on to the next conflict.
    expect(within(rows()[0]).getByRole('button', { name: 'Take the other version' })).toHaveFocus();
  });

  test('Keep this one settles it as it is; a version that cannot be taken has no button', async () => {
    const gone = conflict({ id: 'c3', kind: 'deleted_there', kept: 'ours', canTakeOther: false });
    mocked.listConflicts.mockImplementationOnce(() => ok([gone])).mockImplementation(() => ok([]));
    mocked.dismissConflict.mockImplementation(() => ok(null));
    render(ConflictsList);
    await screen.findByRole('heading', { name: 'Conflicts (1)' });
    expect(within(rows()[0]).queryByRole('button', { name: 'Take the other version' })).not.toBeInTheDocument();
    await userEvent.click(within(rows()[0]).getByRole('button', { name: 'Keep this one' }));
    expect(mocked.dismissConflict).toHaveBeenCalledWith('c3');
    expect(await screen.findByText(/No conflicts\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Conflicts' })).toHaveFocus();
  });

  test('a refusal is shown by the conflict it is about', async () => {
    mocked.listConflicts.mockImplementation(() => ok([item]));
    mocked.takeOtherVersion.mockImplementation(() =>
      fail({ kind: 'conflict', message: 'The other version was a deletion; delete the record itself if you want it gone.' }),
    );
    render(ConflictsList);
    await screen.findByRole('heading', { name: 'Conflicts (1)' });
    await userEvent.click(screen.getByRole('button', { name: 'Take the other version' }));
    expect(await within(rows()[0]).findByRole('alert')).toHaveTextContent('The other version was a deletion');
  });
});
