import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import SettingsPage from './SettingsPage.svelte';
import { commands, type Settings } from '../lib/bindings';
import { appliedPack, fail, ok, summary, trashEntry } from '../test/fixtures';
import { toasts } from '../lib/toasts.svelte';
import { workspace } from '../lib/workspace.svelte';

vi.mock('../lib/bindings', () => ({
  commands: {
    workspaceInfo: vi.fn(), listTemplates: vi.fn(), getSettings: vi.fn(), updateSettings: vi.fn(), listPeople: vi.fn(),
    setWorkspaceMode: vi.fn(), setReminders: vi.fn(), listBackups: vi.fn(), openWorkspace: vi.fn(), createWorkspace: vi.fn(),
    listTrash: vi.fn(), restoreFromTrash: vi.fn(), emptyTrash: vi.fn(),
    listLinks: vi.fn(), syncFolder: vi.fn(), listAppliedPacks: vi.fn(), listConflicts: vi.fn(), listInvitations: vi.fn(),
    openPackFile: vi.fn(),
  },
}));

const mocked = vi.mocked(commands);
const managers: Settings = { assessorName: 'Mo', mode: 'manager', me: null, reminders: true, shareGoal: false };

beforeEach(() => {
  vi.resetAllMocks();
  workspace.settings = managers;
  window.location.hash = '#/settings';
  mocked.workspaceInfo.mockImplementation(() => ok({ databasePath: '/tmp/coachbook.db', appVersion: '0.1.0', schemaVersion: 11, protected: false }));
  mocked.listTemplates.mockImplementation(() => ok([]));
  mocked.listBackups.mockImplementation(() => ok([]));
  mocked.listTrash.mockImplementation(() => ok({ items: [], total: 0, nextPurge: null }));
  mocked.getSettings.mockImplementation(() => ok(managers));
  mocked.listLinks.mockImplementation(() => ok([]));
  mocked.syncFolder.mockImplementation(() => ok(null));
  mocked.listAppliedPacks.mockImplementation(() => ok([]));
  mocked.listConflicts.mockImplementation(() => ok([]));
  mocked.listInvitations.mockImplementation(() => ok([]));
  mocked.listPeople.mockImplementation(() =>
    ok({ items: [summary({ id: 'ada', name: 'Ada Lovelace' }), summary({ id: 'bo', name: 'Bo Diddley' })], total: 2 }),
  );
});

describe('reminders', () => {
  test('a labelled switch shows the setting and saves it when moved', async () => {
    mocked.setReminders.mockImplementation(() => ok({ ...managers, reminders: false, shareGoal: false }));
    render(SettingsPage);
    const reminders = await screen.findByRole('switch', {
      name: 'Remind me of one-on-ones and action items due (OS notifications, at most once a day each)',
    });
    expect(reminders).toBeChecked();
    await userEvent.click(reminders);
    expect(mocked.setReminders).toHaveBeenCalledWith(false);
    await waitFor(() => expect(reminders).not.toBeChecked());
    expect(screen.getByText('Off')).toBeInTheDocument();
  });

  test('a switch that did not save goes back, with the message', async () => {
    mocked.setReminders.mockImplementation(() => fail({ kind: 'storage', message: 'The workspace is read-only.' }));
    render(SettingsPage);
    const reminders = await screen.findByRole('switch');
    await userEvent.click(reminders);
    await waitFor(() => expect(reminders).toBeChecked());
    expect(toasts.items.map((t) => t.message)).toContain('The workspace is read-only.');
  });
});

describe('make it my own', () => {
  test('explains that it links the existing record, and links the rep chosen from the team', async () => {
    mocked.setWorkspaceMode.mockImplementation(() => ok({ ...managers, mode: 'rep', me: 'bo' }));
    mocked.getSettings.mockImplementation(() => ok(managers));
    render(SettingsPage);
    expect(await screen.findByText(/links the workspace to that rep's existing record/)).toHaveTextContent('never makes a second one');
    const which = await screen.findByLabelText('Which rep are you?');
    await waitFor(() => expect(within(screen.getByLabelText('Which rep are you?')).getByRole('option', { name: 'Bo Diddley' })).toBeInTheDocument());
    expect(mocked.listPeople.mock.calls[0][0]).toMatchObject({ list: 'team', archived: false });
    expect(within(screen.getByLabelText('Which rep are you?')).getByRole('option', { name: "I'm not on the list: add me" })).toBeInTheDocument();
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
    await userEvent.selectOptions(which, 'Bo Diddley');
    mocked.getSettings.mockImplementation(() => ok({ ...managers, mode: 'rep', me: 'bo' }));
    await userEvent.click(screen.getByRole('button', { name: 'Make it my own' }));
    expect(mocked.setWorkspaceMode).toHaveBeenCalledWith('rep', 'bo', null);
    await waitFor(() => expect(window.location.hash).toBe('#/people/bo/review'));
  });

  test('"add me" asks for a name, and sends it instead of a rep', async () => {
    mocked.setWorkspaceMode.mockImplementation(() => fail({ field: 'myName', message: 'Your name must be at most 200 characters.' }));
    render(SettingsPage);
    await waitFor(() => expect(within(screen.getByLabelText('Which rep are you?')).getByRole('option', { name: 'Ada Lovelace' })).toBeInTheDocument());
    await userEvent.selectOptions(screen.getByLabelText('Which rep are you?'), "I'm not on the list: add me");
    const name = screen.getByLabelText('Your name');
    await userEvent.click(screen.getByRole('button', { name: 'Make it my own' }));
    expect(screen.getByText('Write your name as the team knows it.')).toBeInTheDocument();
    expect(mocked.setWorkspaceMode).not.toHaveBeenCalled();
    await userEvent.type(name, 'Cy Young{Enter}');
    expect(mocked.setWorkspaceMode).toHaveBeenCalledWith('rep', null, 'Cy Young');
    expect(await screen.findByText('Your name must be at most 200 characters.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  test('a refused choice is named under the list', async () => {
    mocked.setWorkspaceMode.mockImplementation(() => fail({ field: 'me', message: 'Choose which rep you are.' }));
    render(SettingsPage);
    const which = await screen.findByLabelText('Which rep are you?');
    await waitFor(() => expect(within(screen.getByLabelText('Which rep are you?')).getByRole('option', { name: 'Ada Lovelace' })).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Make it my own' }));
    expect(mocked.setWorkspaceMode).toHaveBeenCalledWith('rep', null, null);
    expect(await screen.findByText('Choose which rep you are.')).toBeInTheDocument();
    expect(which).toHaveAttribute('aria-invalid', 'true');
  });

  test('with nobody on the team yet, adding yourself is the choice', async () => {
    mocked.listPeople.mockImplementation(() => ok({ items: [], total: 0 }));
    render(SettingsPage);
    expect(await screen.findByLabelText('Your name')).toBeInTheDocument();
  });
});

describe('the data file', () => {
  test('shows the path, opens or makes another workspace, and lists the backups', async () => {
    mocked.openWorkspace.mockImplementation(() => ok(null));
    render(SettingsPage);
    expect(await screen.findByText('/tmp/coachbook.db')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Backups' })).toBeInTheDocument();
    expect(await screen.findByText(/No backups yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open another workspace…' }));
    expect(mocked.openWorkspace).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'New workspace…' })).toBeEnabled();
  });
});

describe('the trash', () => {
  test('follows the backups; an agenda restored from it is listed again', async () => {
    const deleted = trashEntry({ id: 't-ag', kind: 'template', title: 'Pipeline review', personId: null, personName: null, onDate: null });
    const agenda = { id: 'ag', name: 'Pipeline review', builtin: false, sections: [], reps: 0, archivedAt: null };
    mocked.listTrash.mockImplementation(() => ok({ items: [deleted], total: 1, nextPurge: '2026-12-20T10:00:00Z' }));
    mocked.restoreFromTrash.mockImplementation(() => ok(deleted));
    render(SettingsPage);
    const trash = await screen.findByRole('heading', { name: 'Trash' });
    expect(screen.getByRole('heading', { name: 'Backups' }).compareDocumentPosition(trash) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    mocked.listTemplates.mockImplementation(() => ok([agenda]));
    mocked.listTrash.mockImplementation(() => ok({ items: [], total: 0, nextPurge: null }));
    await userEvent.click(await screen.findByRole('button', { name: 'Restore Agenda: Pipeline review' }));
    expect(await screen.findByRole('link', { name: 'Pipeline review' })).toHaveAttribute('href', '#/agendas/ag');
    expect(await screen.findByText(/The trash is empty/)).toBeInTheDocument();
  });
});

describe('linked workspaces', () => {
  test('come after the data file, and a rep invitation opened there makes the page a rep\'s', async () => {
    mocked.openPackFile.mockImplementation(() => ok(appliedPack({ id: 'link-mia/1', seq: 1, lines: ['1 person'] })));
    render(SettingsPage);
    const links = await screen.findByRole('heading', { name: 'Linked workspaces' });
    expect(screen.getByRole('heading', { name: 'Data file' }).compareDocumentPosition(links) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    mocked.getSettings.mockImplementation(() => ok({ ...managers, mode: 'rep', me: 'ada', assessorName: null }));
    await userEvent.click(screen.getByRole('button', { name: 'Open an invitation file…' }));
    expect(await screen.findByRole('dialog', { name: 'What the pack from Mia brought' })).toHaveTextContent('This is now your own workspace');
    expect(await screen.findByRole('button', { name: "Make it a manager's workspace" })).toBeInTheDocument();
    // The fields the invitation may have set load again.
    await waitFor(() => expect(screen.getByLabelText('Your name, as it appears on scorecards')).toHaveValue(''));
  });
});

describe('about', () => {
  test('names the version, the workspace format and the licences', async () => {
    render(SettingsPage);
    expect(await screen.findByTestId('about-version')).toHaveTextContent('Coachbook 0.1.0 · workspace format 11');
    expect(screen.getByText(/MIT licence/)).toHaveTextContent('SIL Open Font License 1.1');
  });
});
