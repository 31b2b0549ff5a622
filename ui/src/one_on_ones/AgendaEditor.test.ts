import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import AgendaEditor from './AgendaEditor.svelte';
import { commands, type AgendaTemplate } from '../lib/bindings';
import { toasts } from '../lib/toasts.svelte';
import { ok, trashEntry } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    getTemplate: vi.fn(), createTemplate: vi.fn(), updateTemplate: vi.fn(), archiveTemplate: vi.fn(), restoreTemplate: vi.fn(),
    deleteTemplate: vi.fn(), restoreFromTrash: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

const own: AgendaTemplate = {
  id: 'ag1', name: 'Pipeline review', builtin: false, reps: 2, archivedAt: null,
  sections: [{ id: 's1', title: 'Deals', prompt: 'Which deals moved?', defaultVisibility: 'shared' }],
};

beforeEach(() => {
  vi.resetAllMocks();
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
  mocked.getTemplate.mockImplementation(() => ok(own));
  window.location.hash = '#/agendas/ag1';
});

describe('an agenda of your own', () => {
  test('is deleted after asking (reps fall back to the default), back to Settings with Undo', async () => {
    const entry = trashEntry({ id: 't-ag1', kind: 'template', title: 'Pipeline review', personId: null, personName: null, onDate: null });
    mocked.deleteTemplate.mockImplementation(() => ok(entry));
    mocked.restoreFromTrash.mockImplementation(() => ok(entry));
    render(AgendaEditor, { id: 'ag1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete agenda…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the agenda “Pipeline review”?' });
    expect(dialog).toHaveTextContent('get the default agenda');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete agenda' }));
    expect(mocked.deleteTemplate).toHaveBeenCalledWith('ag1');
    await waitFor(() => expect(window.location.hash).toBe('#/settings'));
    expect(toasts.items[0].message).toBe('Moved to the trash: Agenda: Pipeline review.');
    await toasts.act(toasts.items[0].id);
    expect(mocked.restoreFromTrash).toHaveBeenCalledWith('t-ag1');
  });

  test('archived, it offers Undo, which restores it', async () => {
    mocked.archiveTemplate.mockImplementation(() => ok({ ...own, archivedAt: '2026-11-20T10:00:00Z' }));
    mocked.restoreTemplate.mockImplementation(() => ok(own));
    render(AgendaEditor, { id: 'ag1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(window.location.hash).toBe('#/settings'));
    expect(toasts.items[0]).toMatchObject({ message: 'Archived the agenda “Pipeline review”.', action: { label: 'Undo' } });
    await toasts.act(toasts.items[0].id);
    expect(mocked.restoreTemplate).toHaveBeenCalledWith('ag1');
  });
});

test('the default agenda is neither archived nor deleted', async () => {
  mocked.getTemplate.mockImplementation(() => ok({ ...own, builtin: true }));
  render(AgendaEditor, { id: 'ag1' });
  expect(await screen.findByRole('heading', { name: 'Edit Pipeline review' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Delete agenda…' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
});
