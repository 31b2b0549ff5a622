import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import LinksPanel from './LinksPanel.svelte';
import { commands, type Settings } from '../lib/bindings';
import { setLocale } from '../lib/format';
import { toasts } from '../lib/toasts.svelte';
import { workspace } from '../lib/workspace.svelte';
import { appliedPack, fail, invitation, link, ok, sentPack, summary } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    listLinks: vi.fn(), syncFolder: vi.fn(), setSyncFolder: vi.fn(), chooseSyncFolder: vi.fn(), syncNow: vi.fn(),
    listPeople: vi.fn(), inviteRep: vi.fn(), inviteAssessor: vi.fn(), addToPanel: vi.fn(), sendPack: vi.fn(),
    openPackFile: vi.fn(), openPackAt: vi.fn(), listInvitations: vi.fn(), listAppliedPacks: vi.fn(), undoPack: vi.fn(),
    listConflicts: vi.fn(), takeOtherVersion: vi.fn(), dismissConflict: vi.fn(), setShareGoal: vi.fn(), getSettings: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

const manager: Settings = { assessorName: 'Mia', mode: 'manager', me: null, reminders: true, shareGoal: false };
const ada: Settings = { assessorName: null, mode: 'rep', me: 'ada', reminders: true, shareGoal: false };

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en-GB');
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
  workspace.settings = manager;
  mocked.listLinks.mockImplementation(() => ok([]));
  mocked.syncFolder.mockImplementation(() => ok(null));
  mocked.listAppliedPacks.mockImplementation(() => ok([]));
  mocked.listConflicts.mockImplementation(() => ok([]));
  mocked.listInvitations.mockImplementation(() => ok([]));
  mocked.listPeople.mockImplementation((query) =>
    ok(
      query.list === 'team'
        ? { items: [summary({ id: 'ada', name: 'Ada Lovelace' }), summary({ id: 'bo', name: 'Bo Diddley' })], total: 2 }
        : { items: [summary({ id: 'cy', name: 'Cy Young', role: 'candidate' }), summary({ id: 'dee', name: 'Dee Dee', role: 'candidate' })], total: 2 },
    ),
  );
});
afterEach(() => setLocale(null));

describe('the sync folder', () => {
  test('a typed folder is saved, said to be a transport, and brings Sync now', async () => {
    mocked.setSyncFolder.mockImplementation(() => ok('/home/mia/Sync/coachbook'));
    render(LinksPanel);
    expect(await screen.findByText(/No sync folder: packs go by hand/)).toBeInTheDocument();
    const field = screen.getByLabelText('Folder');
    expect(field).toHaveAccessibleDescription(/Syncthing, Dropbox or a network share.*the workspace itself never goes there/);
    expect(screen.queryByRole('button', { name: 'Sync now' })).not.toBeInTheDocument();
    await userEvent.type(field, '/home/mia/Sync/coachbook{Enter}');
    expect(mocked.setSyncFolder).toHaveBeenCalledWith('/home/mia/Sync/coachbook');
    expect(await screen.findByText('/home/mia/Sync/coachbook')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeInTheDocument();
  });

  test("the backend's refusal sits under the field", async () => {
    const why = 'This folder holds the workspace itself. Choose a folder of its own.';
    mocked.setSyncFolder.mockImplementation(() => fail({ field: 'syncFolder', message: why }));
    render(LinksPanel);
    const field = await screen.findByLabelText('Folder');
    await userEvent.type(field, '/home/mia');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining(why));
    expect(field).toHaveFocus();
  });

  test('Choose… asks the OS; a cancelled dialog changes nothing; Clear clears it', async () => {
    mocked.syncFolder.mockImplementation(() => ok('/sync'));
    mocked.chooseSyncFolder.mockImplementationOnce(() => ok(null)).mockImplementation(() => ok('/other'));
    mocked.setSyncFolder.mockImplementation(() => ok(null));
    render(LinksPanel);
    expect(await screen.findByLabelText('Folder')).toHaveValue('/sync');
    await userEvent.click(screen.getByRole('button', { name: 'Choose…' }));
    expect(screen.getByLabelText('Folder')).toHaveValue('/sync');
    await userEvent.click(screen.getByRole('button', { name: 'Choose…' }));
    await waitFor(() => expect(screen.getByLabelText('Folder')).toHaveValue('/other'));
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(mocked.setSyncFolder).toHaveBeenCalledWith(null);
    expect(await screen.findByText(/No sync folder/)).toBeInTheDocument();
  });

  test('Sync now says what it did and shows what came in', async () => {
    mocked.syncFolder.mockImplementation(() => ok('/sync'));
    mocked.listLinks.mockImplementation(() => ok([link()]));
    mocked.syncNow.mockImplementation(() =>
      ok({ applied: [appliedPack({ from: 'Ada Lovelace', lines: ['KPI values for weeks 45–47'] })], written: [sentPack()], problems: [] }),
    );
    render(LinksPanel);
    await userEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    const result = await screen.findByRole('list', { name: 'What Sync now did' });
    expect(result).toHaveTextContent('Brought: KPI values for weeks 45–47 from Ada Lovelace.');
    expect(result).toHaveTextContent('Sent to Ada Lovelace: 2 shared notes.');
    expect(screen.getByRole('dialog', { name: 'What the pack from Ada Lovelace brought' })).toBeInTheDocument();
  });

  test('with nothing new, Sync now says so and opens no dialog', async () => {
    mocked.syncFolder.mockImplementation(() => ok('/sync'));
    mocked.syncNow.mockImplementation(() => ok({ applied: [], written: [], problems: [] }));
    render(LinksPanel);
    await userEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(await screen.findByRole('list', { name: 'What Sync now did' })).toHaveTextContent('Nothing new.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe("in a manager's workspace", () => {
  test('invites a rep to the sync folder and says what happens next', async () => {
    mocked.syncFolder.mockImplementation(() => ok('/sync'));
    mocked.inviteRep.mockImplementation(() => ok(sentPack({ seq: 1 })));
    render(LinksPanel);
    const rep = await screen.findByLabelText('Rep');
    await waitFor(() => expect(within(rep).getByRole('option', { name: 'Ada Lovelace' })).toBeInTheDocument());
    await userEvent.selectOptions(rep, 'Ada Lovelace');
    await userEvent.click(screen.getByRole('button', { name: 'Invite the rep' }));
    expect(mocked.inviteRep).toHaveBeenCalledWith('ada', true);
    expect(await screen.findByText(/The invitation for Ada Lovelace is in the sync folder/)).toHaveTextContent(
      "in Coachbook on Ada Lovelace's computer (a new workspace, with the same sync folder): Settings → Link to my manager → Accept.",
    );
  });

  test('without a sync folder the invitation is saved where the manager says; a cancelled dialog says nothing', async () => {
    mocked.inviteRep.mockImplementationOnce(() => ok(null)).mockImplementation(() => ok(sentPack({ seq: 1 })));
    render(LinksPanel);
    const rep = await screen.findByLabelText('Rep');
    await waitFor(() => expect(within(rep).getByRole('option', { name: 'Bo Diddley' })).toBeInTheDocument());
    await userEvent.selectOptions(rep, 'Bo Diddley');
    await userEvent.click(screen.getByRole('button', { name: 'Invite the rep…' }));
    expect(mocked.inviteRep).toHaveBeenCalledWith('bo', false);
    expect(screen.queryByText(/The invitation for/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Invite the rep…' }));
    expect(await screen.findByText(/Send Bo Diddley the file/)).toBeInTheDocument();
  });

  test('a rep already linked is not offered again; choosing no one says so', async () => {
    mocked.listLinks.mockImplementation(() => ok([link()]));
    render(LinksPanel);
    await screen.findByText("Ada Lovelace's own workspace");
    const rep = screen.getByLabelText('Rep');
    await waitFor(() => expect(within(rep).getByRole('option', { name: 'Bo Diddley' })).toBeInTheDocument());
    expect(within(rep).queryByRole('option', { name: 'Ada Lovelace' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Invite the rep…' }));
    expect(rep).toHaveAccessibleDescription('Choose the rep to link.');
    expect(mocked.inviteRep).not.toHaveBeenCalled();
  });

  test('invites an assessor onto a panel; a refusal names the field', async () => {
    mocked.syncFolder.mockImplementation(() => ok('/sync'));
    mocked.inviteAssessor
      .mockImplementationOnce(() => fail({ field: 'candidates', message: 'Choose at least one candidate for the panel.' }))
      .mockImplementation(() => ok(sentPack({ seq: 1 })));
    render(LinksPanel);
    await userEvent.type(await screen.findByLabelText("Assessor's name"), 'Ben');
    const form = screen.getByRole('form', { name: 'Invite an assessor' });
    await userEvent.click(within(form).getByRole('button', { name: 'Invite the assessor' }));
    expect(await screen.findByText('Choose at least one candidate for the panel.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Cy Young' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Invite the assessor' }));
    expect(mocked.inviteAssessor).toHaveBeenLastCalledWith('Ben', ['cy'], true);
    expect(await screen.findByText(/Settings → Link to a hiring lead → Accept/)).toBeInTheDocument();
  });

  test('lists the links in words, sends a pack and adds a candidate to a panel', async () => {
    const panel = link({ id: 'link-ben', peerRole: 'assessor', peerName: 'Ben', assessor: 'Ben', personId: null, personName: null, candidates: ['Cy Young'], answered: false, packsSent: 1, packsReceived: 0 });
    mocked.listLinks.mockImplementation(() => ok([link(), panel]));
    mocked.sendPack.mockImplementation(() => ok(sentPack()));
    mocked.addToPanel.mockImplementation(() => ok({ ...panel, candidates: ['Cy Young', 'Dee Dee'] }));
    render(LinksPanel);
    const list = await screen.findByRole('list', { name: 'Links' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent("Ada Lovelace's own workspace");
    expect(first).toHaveTextContent('2 packs sent, 1 received · answered');
    expect(second).toHaveTextContent('Assessor Ben (panel: Cy Young)');
    expect(second).toHaveTextContent('waiting for their first pack');
    await userEvent.click(within(first).getByRole('button', { name: 'Send a pack to Ada Lovelace…' }));
    expect(mocked.sendPack).toHaveBeenCalledWith('link-ada');
    await waitFor(() => expect(toasts.items.map((t) => t.message)).toContain('Pack 3 saved. Sent to Ada Lovelace: 2 shared notes.'));
    const add = await within(second).findByLabelText("Add a candidate to Ben's panel");
    await waitFor(() => expect(within(add).queryByRole('option', { name: 'Cy Young' })).not.toBeInTheDocument());
    await userEvent.selectOptions(add, 'Dee Dee');
    await userEvent.click(within(second).getByRole('button', { name: "Add to Ben's panel" }));
    expect(mocked.addToPanel).toHaveBeenCalledWith('link-ben', 'dee');
  });

  test('Open a pack… shows what it brought', async () => {
    mocked.listLinks.mockImplementation(() => ok([link()]));
    mocked.openPackFile.mockImplementation(() => ok(appliedPack({ from: 'Ada Lovelace', lines: ['3 accounts'] })));
    mocked.getSettings.mockImplementation(() => ok(manager));
    render(LinksPanel);
    await userEvent.click(await screen.findByRole('button', { name: 'Open a pack…' }));
    const dialog = await screen.findByRole('dialog', { name: 'What the pack from Ada Lovelace brought' });
    expect(dialog).toHaveTextContent('3 accounts');
    expect(dialog).not.toHaveTextContent('This is now your own workspace');
  });
});

describe("in a rep's workspace", () => {
  test('accepting an invitation from the sync folder makes the workspace the rep\'s own', async () => {
    workspace.settings = { ...manager, assessorName: null };
    mocked.syncFolder.mockImplementation(() => ok('/sync'));
    mocked.listInvitations.mockImplementation(() => ok([invitation()]));
    mocked.openPackAt.mockImplementation(() => ok(appliedPack({ id: 'link-mia/1', seq: 1, lines: ['1 person', '1 KPI'] })));
    mocked.getSettings.mockImplementation(() => ok(ada));
    const onworkspacechanged = vi.fn();
    render(LinksPanel, { onworkspacechanged });
    const list = await screen.findByRole('list', { name: 'Invitations in the sync folder' });
    const accept = within(list).getByRole('button', { name: 'Accept' });
    expect(accept).toHaveAccessibleDescription("From your manager Mia, for Ada Lovelace: makes this workspace Ada Lovelace's own");
    await userEvent.click(accept);
    expect(mocked.openPackAt).toHaveBeenCalledWith('/sync/invitation-ada-lovelace-abc.cbpack');
    const dialog = await screen.findByRole('dialog', { name: 'What the pack from Mia brought' });
    expect(dialog).toHaveTextContent('This is now your own workspace, linked to your manager Mia.');
    expect(within(dialog).getByRole('link', { name: 'Open my review' })).toHaveAttribute('href', '#/people/ada/review');
    expect(workspace.me).toBe('ada');
    expect(onworkspacechanged).toHaveBeenCalled();
    // A rep's workspace links no one itself.
    expect(screen.queryByRole('heading', { name: "Link a rep's workspace" })).not.toBeInTheDocument();
  });

  test('an invitation this workspace cannot take says why, by the invitation', async () => {
    const why = 'This invitation makes a workspace Ada Lovelace\'s own, and this one already holds other people.';
    mocked.syncFolder.mockImplementation(() => ok('/sync'));
    mocked.listInvitations.mockImplementation(() => ok([invitation()]));
    mocked.openPackAt.mockImplementation(() => fail({ kind: 'conflict', field: 'pack', message: why }));
    render(LinksPanel);
    await userEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(why);
  });

  test('shares the personal goal when asked', async () => {
    workspace.settings = ada;
    mocked.listLinks.mockImplementation(() => ok([link({ peerRole: 'manager', peerName: 'Mia', personName: 'Ada Lovelace' })]));
    mocked.setShareGoal.mockImplementation(() => ok(true));
    render(LinksPanel);
    expect(await screen.findByText('Your manager Mia')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open an invitation file…' })).toBeInTheDocument();
    const share = screen.getByRole('checkbox', { name: 'Share my personal goal with my manager' });
    expect(share).not.toBeChecked();
    await userEvent.click(share);
    expect(mocked.setShareGoal).toHaveBeenCalledWith(true);
    await waitFor(() => expect(workspace.settings?.shareGoal).toBe(true));
    expect(share).toBeChecked();
  });
});

describe('packs received', () => {
  test('each with what it brought and Undo, or when it was undone', async () => {
    mocked.listLinks.mockImplementation(() => ok([link({ peerRole: 'manager', peerName: 'Mia' })]));
    mocked.listAppliedPacks.mockImplementation(() =>
      ok([appliedPack(), appliedPack({ id: 'link-mia/1', seq: 1, lines: ['1 person'], undoneAt: '2026-11-21T09:30:00Z' })]),
    );
    mocked.undoPack.mockImplementation(() => ok(appliedPack({ undoneAt: '2026-11-22T09:30:00Z' })));
    render(LinksPanel);
    const list = await screen.findByRole('list', { name: 'Packs received, newest first' });
    const [newer, older] = within(list).getAllByRole('listitem');
    expect(newer).toHaveTextContent('Mia, pack 2: 1 one-on-one, 2 shared notes');
    expect(older).toHaveTextContent(/Undone on Sat 21 Nov/);
    await userEvent.click(within(newer).getByRole('button', { name: 'Undo pack 2 from Mia…' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Undo this pack' }));
    expect(mocked.undoPack).toHaveBeenCalledWith('link-mia/2');
  });
});
