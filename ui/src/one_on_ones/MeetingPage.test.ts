import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import MeetingPage from './MeetingPage.svelte';
import { commands, type ActionItem, type Meeting } from '../lib/bindings';
import { fail, ok, trashEntry } from '../test/fixtures';
import { listen, OPEN_QUICK_CAPTURE } from '../lib/events';
import { toasts } from '../lib/toasts.svelte';

vi.mock('../lib/bindings', () => ({
  commands: {
    getMeeting: vi.fn(),
    saveMeetingNote: vi.fn(),
    setActionItemDone: vi.fn(),
    addActionItem: vi.fn(),
    updateActionItem: vi.fn(),
    setMeetingDate: vi.fn(),
    addTalkingPoint: vi.fn(),
    skillCheck: vi.fn(),
    deleteMeeting: vi.fn(),
    deleteActionItem: vi.fn(),
    restoreFromTrash: vi.fn(),
    saveDocument: vi.fn(),
    printDocument: vi.fn(),
  },
}));

const mocked = vi.mocked(commands);

const carried: ActionItem = {
  id: 'a1', personId: 'ada', meetingId: 'm0', agreedOn: '2026-11-02', text: "Call Acme's CFO", owner: 'rep',
  dueOn: '2026-11-06', doneAt: null, closedInMeetingId: null,
};

function meeting(): Meeting {
  return {
    id: 'm1', personId: 'ada', personName: 'Ada Lovelace', heldOn: '2026-11-09', templateName: 'Weekly one-on-one',
    notes: [
      { id: 'n1', title: 'Wins', prompt: 'What went well?', body: '', visibility: 'shared' },
      { id: 'n2', title: 'Will', prompt: 'How is your energy?', body: 'Tired.', visibility: 'private' },
    ],
    carried: [carried], actions: [], createdAt: '2026-11-09T09:00:00Z', updatedAt: '2026-11-09T09:00:00Z',
  };
}

beforeEach(() => {
  vi.resetAllMocks();
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
  mocked.getMeeting.mockImplementation(() => ok(meeting()));
  mocked.saveMeetingNote.mockImplementation((id, body, visibility) => ok({ id, title: '', prompt: '', body, visibility }));
});

describe('the meeting editor', () => {
  test('open items from earlier meetings come first and can be closed here', async () => {
    mocked.setActionItemDone.mockImplementation(() => ok({ ...carried, doneAt: '2026-11-09T10:00:00Z', closedInMeetingId: 'm1' }));
    render(MeetingPage, { id: 'm1' });
    const heading = await screen.findByRole('heading', { name: 'Open from earlier meetings' });
    const notes = screen.getByRole('heading', { name: 'Wins' });
    expect(heading.compareDocumentPosition(notes) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: "Call Acme's CFO" }));
    expect(mocked.setActionItemDone).toHaveBeenCalledWith('a1', true, 'm1');
  });

  test('an action item is edited inline in the meeting, and the meeting reloads with it', async () => {
    mocked.updateActionItem.mockImplementation((_, input) => ok({ ...carried, ...input }));
    render(MeetingPage, { id: 'm1' });
    await userEvent.click(await screen.findByRole('button', { name: "Edit “Call Acme's CFO”" }));
    const due = screen.getByLabelText('Due', { selector: '#item-a1-dueOn' });
    expect(due).toHaveValue('2026-11-06');
    mocked.getMeeting.mockImplementation(() => ok({ ...meeting(), carried: [{ ...carried, text: "Call Acme's CFO and CEO" }] }));
    await userEvent.type(screen.getByLabelText('Action item', { selector: '#item-a1-text' }), ' and CEO{Enter}');
    expect(mocked.updateActionItem).toHaveBeenCalledWith('a1', { text: "Call Acme's CFO and CEO", owner: 'rep', dueOn: '2026-11-06' });
    expect(await screen.findByRole('checkbox', { name: "Call Acme's CFO and CEO" })).toBeInTheDocument();
    expect(mocked.getMeeting).toHaveBeenCalledTimes(2);
  });

  test('a note saves shortly after typing stops, with its visibility', async () => {
    render(MeetingPage, { id: 'm1' });
    const wins = await screen.findByLabelText('What went well?');
    await userEvent.type(wins, 'Closed Acme early.');
    await waitFor(() => expect(mocked.saveMeetingNote).toHaveBeenCalledWith('n1', 'Closed Acme early.', 'shared'), { timeout: 2000 });
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument());
  });

  test('a note saves at once when it loses focus', async () => {
    render(MeetingPage, { id: 'm1' });
    const wins = await screen.findByLabelText('What went well?');
    await userEvent.type(wins, 'Booked three meetings');
    await userEvent.tab();
    expect(mocked.saveMeetingNote).toHaveBeenCalledWith('n1', 'Booked three meetings', 'shared');
  });

  test('switching a note between private and shared saves it', async () => {
    render(MeetingPage, { id: 'm1' });
    const toggle = await screen.findByRole('button', { name: /^Will:\s*Private$/ });
    expect(toggle).toHaveAttribute('title', 'Only you can see this note: press to share it with the rep');
    expect(toggle).toHaveTextContent('Private');
    await userEvent.click(toggle);
    expect(mocked.saveMeetingNote).toHaveBeenCalledWith('n2', 'Tired.', 'shared');
    expect(toggle).toHaveAccessibleName(/^Will:\s*Shared with the rep$/);
    expect(toggle).toHaveTextContent('Shared with the rep');
  });

  test('adding an action item shows the backend message by the field', async () => {
    mocked.addActionItem.mockImplementation(() => fail({ field: 'text', message: 'Action item is required.' }));
    render(MeetingPage, { id: 'm1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Action item is required.')).toHaveAttribute('id', 'action-text-error');
    expect(mocked.addActionItem).toHaveBeenCalledWith('m1', { text: '', owner: 'rep', dueOn: null });
  });

  test('leaving the meeting saves what was typed', async () => {
    const { unmount } = render(MeetingPage, { id: 'm1' });
    const wins = await screen.findByLabelText('What went well?');
    await userEvent.type(wins, 'Half a thought');
    unmount();
    expect(mocked.saveMeetingNote).toHaveBeenCalledWith('n1', 'Half a thought', 'shared');
  });

  test('Log feedback opens quick capture with this rep chosen', async () => {
    const opened = vi.fn();
    const stop = listen(OPEN_QUICK_CAPTURE, opened);
    render(MeetingPage, { id: 'm1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Log feedback' }));
    expect(opened).toHaveBeenCalledWith('ada');
    stop();
  });

  test('the recap for the rep is made from here, saying private notes are left out', async () => {
    mocked.saveDocument.mockImplementation(() => ok('/home/me/Recap Ada Lovelace 2026-11-09.pdf'));
    render(MeetingPage, { id: 'm1' });
    const recap = await screen.findByRole('group', { name: 'Recap for the rep' });
    expect(recap).toHaveAccessibleDescription(/private notes are left out/);
    expect(within(recap).getByRole('button', { name: 'Print…' })).toHaveAttribute('data-testid', 'print-pdf-recap');
    await userEvent.click(within(recap).getByRole('button', { name: 'Save as PDF…' }));
    await waitFor(() => expect(mocked.saveDocument).toHaveBeenCalledWith({ kind: 'meetingRecap', meetingId: 'm1' }));
    await waitFor(() => expect(toasts.items.map((t) => t.message)).toContain('Saved Recap Ada Lovelace 2026-11-09.pdf'));
  });

  test('a note still saving is saved before the recap is made', async () => {
    let finish = () => {};
    mocked.saveMeetingNote.mockImplementation((id, body, visibility) =>
      new Promise((resolve) => (finish = () => resolve({ status: 'ok', data: { id, title: '', prompt: '', body, visibility } }))));
    mocked.printDocument.mockImplementation(() => ok('/tmp/recap.pdf'));
    render(MeetingPage, { id: 'm1' });
    await userEvent.type(await screen.findByLabelText('What went well?'), 'Closed Acme');
    await userEvent.click(screen.getByTestId('print-pdf-recap'));
    expect(mocked.saveMeetingNote).toHaveBeenCalledWith('n1', 'Closed Acme', 'shared');
    expect(mocked.printDocument).not.toHaveBeenCalled();
    finish();
    await waitFor(() => expect(mocked.printDocument).toHaveBeenCalledWith({ kind: 'meetingRecap', meetingId: 'm1' }));
  });

  test('a talking point is added with its visibility, and its note takes the focus', async () => {
    const withPoint = meeting();
    withPoint.notes.push({ id: 'n3', title: 'Acme renewal', prompt: '', body: '', visibility: 'shared' });
    mocked.addTalkingPoint.mockImplementation(() => ok(withPoint));
    render(MeetingPage, { id: 'm1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a talking point' }));
    const title = screen.getByLabelText('Talking point');
    expect(title).toHaveFocus();
    await userEvent.click(screen.getByLabelText('Shared with the rep'));
    await userEvent.type(title, 'Acme renewal{Enter}');
    expect(mocked.addTalkingPoint).toHaveBeenCalledWith('m1', 'Acme renewal', 'shared');
    expect(await screen.findByRole('heading', { name: 'Acme renewal' })).toBeInTheDocument();
    await waitFor(() => expect(document.getElementById('note-2')).toHaveFocus());
    expect(screen.queryByLabelText('Talking point')).not.toBeInTheDocument();
  });

  test("a talking point the backend refuses says why under its title; Esc closes the form", async () => {
    mocked.addTalkingPoint.mockImplementation(() => fail({ field: 'title', message: 'Talking point is required.' }));
    render(MeetingPage, { id: 'm1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Add a talking point' }));
    await userEvent.keyboard('{Enter}');
    expect(mocked.addTalkingPoint).toHaveBeenCalledWith('m1', '', 'private');
    const title = screen.getByLabelText('Talking point');
    expect(await screen.findByText('Talking point is required.')).toBeInTheDocument();
    expect(title).toHaveAccessibleDescription(/Talking point is required\./);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByLabelText('Talking point')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a talking point' })).toHaveFocus());
  });

  test("the agenda's Skill section shows the rep's skill check in short, with the way to the full one", async () => {
    const withSkill = meeting();
    withSkill.notes.push({ id: 'n3', title: 'Skill', prompt: 'Which one skill will you work on?', body: '', visibility: 'shared' });
    mocked.getMeeting.mockImplementation(() => ok(withSkill));
    mocked.skillCheck.mockImplementation(() =>
      ok({ skills: [{ name: 'Cold calling', status: 'trained', note: '', fromPlan: true, added: false, updatedAt: null }], attitude: null, history: [] }),
    );
    render(MeetingPage, { id: 'm1' });
    const skill = (await screen.findByRole('heading', { name: 'Skill' })).closest('section') as HTMLElement;
    expect(await within(skill).findByText('Cold calling')).toBeInTheDocument();
    expect(within(skill).getByRole('link', { name: 'Open the skill check' })).toHaveAttribute('href', '#/people/ada/goals');
    expect(mocked.skillCheck).toHaveBeenCalledWith('ada');
    const wins = screen.getByRole('heading', { name: 'Wins' }).closest('section') as HTMLElement;
    expect(within(wins).queryByRole('link', { name: 'Open the skill check' })).not.toBeInTheDocument();
  });

  test('deleting asks first, saying the notes and the items agreed go too; Esc keeps it', async () => {
    mocked.getMeeting.mockImplementation(() => ok({ ...meeting(), actions: [{ ...carried, id: 'a2', meetingId: 'm1' }] }));
    render(MeetingPage, { id: 'm1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete this one-on-one…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this one-on-one?' });
    expect(dialog).toHaveTextContent('its notes and the 1 action item agreed in it go too');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(mocked.deleteMeeting).not.toHaveBeenCalled();
  });

  test("deleted, it goes to the rep's one-on-ones with Undo in a toast", async () => {
    window.location.hash = '#/meetings/m1';
    mocked.deleteMeeting.mockImplementation(() => ok(trashEntry({ id: 't-m1' })));
    mocked.restoreFromTrash.mockImplementation(() => ok(trashEntry({ id: 't-m1' })));
    render(MeetingPage, { id: 'm1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete this one-on-one…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete one-on-one' }));
    expect(mocked.deleteMeeting).toHaveBeenCalledWith('m1');
    await waitFor(() => expect(window.location.hash).toBe('#/people/ada/one-on-ones'));
    const toast = toasts.items[0];
    expect(toast.message).toMatch(/^Moved to the trash: One-on-one with Ada Lovelace/);
    await toasts.act(toast.id);
    expect(mocked.restoreFromTrash).toHaveBeenCalledWith('t-m1');
  });

  test('an action item is deleted from its row, and Undo brings it back into the meeting', async () => {
    const entry = trashEntry({ id: 't-a1', kind: 'action_item', title: "Call Acme's CFO" });
    mocked.deleteActionItem.mockImplementation(() => ok(entry));
    mocked.restoreFromTrash.mockImplementation(() => ok(entry));
    render(MeetingPage, { id: 'm1' });
    mocked.getMeeting.mockImplementation(() => ok({ ...meeting(), carried: [] }));
    await userEvent.click(await screen.findByRole('button', { name: "Delete “Call Acme's CFO”" }));
    expect(mocked.deleteActionItem).toHaveBeenCalledWith('a1');
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: "Call Acme's CFO" })).not.toBeInTheDocument());
    expect(toasts.items[0].message).toMatch(/^Moved to the trash: Action item: Call Acme's CFO \(Ada Lovelace\)/);
    mocked.getMeeting.mockImplementation(() => ok(meeting()));
    await toasts.act(toasts.items[0].id);
    expect(await screen.findByRole('checkbox', { name: "Call Acme's CFO" })).toBeInTheDocument();
  });
});
