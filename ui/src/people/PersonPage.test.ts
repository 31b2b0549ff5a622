import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import PersonPage from './PersonPage.svelte';
import { commands } from '../lib/bindings';
import { toasts } from '../lib/toasts.svelte';
import { fail, ok, person, trashEntry } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { getPerson: vi.fn(), archivePerson: vi.fn(), restorePerson: vi.fn(), deletePerson: vi.fn(), restoreFromTrash: vi.fn() },
}));
const mocked = vi.mocked(commands);

// A candidate who has not started the pipeline: the page needs nothing else loaded.
const cy = person({ id: 'cy', name: 'Cy Young', role: 'candidate', stage: null, opening: 'Account Executive' });

beforeEach(() => {
  vi.resetAllMocks();
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
  mocked.getPerson.mockImplementation(() => ok(cy));
  window.location.hash = '#/people/cy';
});

describe('deleting a person', () => {
  test('asks first, naming them and saying everything about them goes to the trash for 30 days', async () => {
    render(PersonPage, { id: 'cy' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Cy Young?' });
    expect(dialog).toHaveTextContent('Cy Young and everything recorded about them');
    expect(dialog).toHaveTextContent('go to the trash for 30 days');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(mocked.deletePerson).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete…' })).toHaveFocus());
  });

  test('then goes to their list, with Undo', async () => {
    const entry = trashEntry({ id: 't-cy', kind: 'person', title: 'Cy Young', personId: null, personName: null, onDate: null, records: 7 });
    mocked.deletePerson.mockImplementation(() => ok(entry));
    mocked.restoreFromTrash.mockImplementation(() => ok(entry));
    render(PersonPage, { id: 'cy' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    await userEvent.keyboard('{Enter}');
    expect(mocked.deletePerson).toHaveBeenCalledWith('cy');
    await waitFor(() => expect(window.location.hash).toBe('#/candidates'));
    expect(toasts.items[0].message).toBe('Moved to the trash: Person: Cy Young.');
    await toasts.act(toasts.items[0].id);
    expect(mocked.restoreFromTrash).toHaveBeenCalledWith('t-cy');
  });

  test("the backend's refusal stays in the dialog", async () => {
    mocked.deletePerson.mockImplementation(() => fail({ kind: 'conflict', message: 'This is your own record in your own workspace; it cannot be deleted.' }));
    render(PersonPage, { id: 'cy' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete Cy Young' }));
    expect(await within(screen.getByRole('alertdialog')).findByRole('alert')).toHaveTextContent('it cannot be deleted');
    expect(window.location.hash).toBe('#/people/cy');
  });
});

describe('archiving a person', () => {
  test('offers Undo, which restores them', async () => {
    mocked.archivePerson.mockImplementation(() => ok({ ...cy, archivedAt: '2026-11-20T10:00:00Z' }));
    mocked.restorePerson.mockImplementation(() => ok(cy));
    render(PersonPage, { id: 'cy' });
    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(await screen.findByText(/hidden from the lists, nothing deleted/)).toBeInTheDocument();
    expect(toasts.items[0]).toMatchObject({ message: 'Archived. Nothing was deleted.', action: { label: 'Undo' } });
    await toasts.act(toasts.items[0].id);
    expect(mocked.restorePerson).toHaveBeenCalledWith('cy');
    await waitFor(() => expect(screen.queryByText(/hidden from the lists/)).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Archive' })).toBeInTheDocument();
  });
});
