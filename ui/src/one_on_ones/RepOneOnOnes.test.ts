import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import RepOneOnOnes from './RepOneOnOnes.svelte';
import { commands, type ActionItem, type TeamRow } from '../lib/bindings';
import { fail, ok, person, summary, trashEntry } from '../test/fixtures';
import { announce, RESTORED } from '../lib/events';
import { toasts } from '../lib/toasts.svelte';

vi.mock('../lib/bindings', () => ({
  commands: {
    oneOnOneSetup: vi.fn(),
    setOneOnOneSetup: vi.fn(),
    listTemplates: vi.fn(),
    listMeetings: vi.fn(),
    openActionItems: vi.fn(),
    repStatus: vi.fn(),
    holdMeeting: vi.fn(),
    setActionItemDone: vi.fn(),
    updateActionItem: vi.fn(),
    saveCadenceCalendar: vi.fn(),
    deleteActionItem: vi.fn(),
    restoreFromTrash: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

const ada = person({ id: 'ada', name: 'Ada Lovelace' });
const item: ActionItem = {
  id: 'a1', personId: 'ada', meetingId: 'm0', agreedOn: '2026-11-02', text: 'Send the pricing sheet', owner: 'rep',
  dueOn: '2026-11-06', doneAt: null, closedInMeetingId: null,
};

function row(overdueDays: number): TeamRow {
  return {
    person: summary({ id: 'ada', name: 'Ada Lovelace' }),
    cadence: 'weekly',
    oneOnOnes: { lastHeld: '2026-11-02', nextDue: '2026-11-09', overdueDays, heldInWindow: 1, dueInWindow: 1, consistency: 1 },
    feedback: {
      positive30: 0, constructive30: 0, positive90: 0, constructive90: 0, lastPositive: null, daysSincePositive: null, lastEntry: null, nudge: null,
    },
    openActions: 1,
    stormKpis: [],
  };
}

beforeEach(() => {
  vi.resetAllMocks();
  toasts.items = [];
  mocked.oneOnOneSetup.mockImplementation(() => ok({ personId: 'ada', cadence: 'weekly', cadenceSince: '2026-10-01', templateId: null }));
  mocked.listTemplates.mockImplementation(() => ok([]));
  mocked.listMeetings.mockImplementation(() => ok([]));
  mocked.openActionItems.mockImplementation(() => ok([item]));
  mocked.repStatus.mockImplementation(() => ok(row(1)));
});

describe("a rep's one-on-ones tab", () => {
  test('an open action item is ticked off right here, and reads done', async () => {
    mocked.setActionItemDone.mockImplementation(() => ok({ ...item, doneAt: '2026-11-09T10:00:00Z' }));
    render(RepOneOnOnes, { person: ada });
    const open = await screen.findByRole('region', { name: /Open action items/ });
    expect(open).toHaveTextContent('(1 open)');
    await userEvent.click(within(open).getByRole('checkbox', { name: 'Send the pricing sheet' }));
    expect(mocked.setActionItemDone).toHaveBeenCalledWith('a1', true, null);
    await waitFor(() => expect(within(open).getByRole('checkbox', { name: 'Send the pricing sheet' })).toBeChecked());
    expect(open).toHaveTextContent('· done');
    expect(open).toHaveTextContent('(0 open)');
  });

  test('an open action item is edited in place: Enter saves text, owner and due date', async () => {
    mocked.updateActionItem.mockImplementation((_, input) => ok({ ...item, ...input }));
    render(RepOneOnOnes, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit “Send the pricing sheet”' }));
    const text = screen.getByLabelText('Action item');
    expect(text).toHaveFocus();
    await userEvent.clear(text);
    await userEvent.type(text, 'Send the new pricing sheet');
    await userEvent.selectOptions(screen.getByLabelText('Owner'), 'Manager');
    await userEvent.clear(screen.getByLabelText('Due'));
    await userEvent.type(text, '{Enter}');
    expect(mocked.updateActionItem).toHaveBeenCalledWith('a1', { text: 'Send the new pricing sheet', owner: 'manager', dueOn: null });
    const edit = await screen.findByRole('button', { name: 'Edit “Send the new pricing sheet”' });
    await waitFor(() => expect(edit).toHaveFocus());
  });

  test("editing shows the backend's message under the field it names; Esc cancels", async () => {
    mocked.updateActionItem.mockImplementation(() => fail({ field: 'text', message: 'An action item needs some text.' }));
    render(RepOneOnOnes, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit “Send the pricing sheet”' }));
    const text = screen.getByLabelText('Action item');
    await userEvent.clear(text);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('An action item needs some text.')).toBeInTheDocument();
    expect(text).toHaveAccessibleDescription('An action item needs some text.');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByLabelText('Action item')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit “Send the pricing sheet”' })).toHaveFocus());
  });

  test('the next one-on-one one day late reads "1 day overdue"', async () => {
    render(RepOneOnOnes, { person: ada });
    expect(await screen.findByTestId('one-on-one-status')).toHaveTextContent('1 day overdue');
  });

  test('the cadence saved as a calendar file says where it went', async () => {
    mocked.saveCadenceCalendar.mockImplementation(() => ok('/home/me/Ada one-on-ones.ics'));
    render(RepOneOnOnes, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Add to calendar (.ics)' }));
    expect(mocked.saveCadenceCalendar).toHaveBeenCalledWith('ada');
    await waitFor(() => expect(toasts.items.map((t) => t.message)).toContain('Saved to /home/me/Ada one-on-ones.ics'));
  });

  test('a cancelled save dialog says nothing', async () => {
    mocked.saveCadenceCalendar.mockImplementation(() => ok(null));
    render(RepOneOnOnes, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Add to calendar (.ics)' }));
    await waitFor(() => expect(mocked.saveCadenceCalendar).toHaveBeenCalled());
    expect(toasts.items).toEqual([]);
  });

  test('with no cadence, the reason appears under the cadence', async () => {
    mocked.oneOnOneSetup.mockImplementation(() => ok({ personId: 'ada', cadence: null, cadenceSince: null, templateId: null }));
    mocked.saveCadenceCalendar.mockImplementation(() => fail({ field: 'cadence', message: 'Set a one-on-one cadence first.' }));
    render(RepOneOnOnes, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Add to calendar (.ics)' }));
    expect(await screen.findByText('Set a one-on-one cadence first.')).toHaveAttribute('id', 'setup-cadence-error');
    expect(screen.getByLabelText('Cadence')).toHaveAccessibleDescription('Set a one-on-one cadence first.');
    expect(toasts.items).toEqual([]);
  });

  test('an open action item is deleted here with Undo; the keyboard moves on to the next item', async () => {
    const next: ActionItem = { ...item, id: 'a2', text: 'Book the demo' };
    mocked.openActionItems.mockImplementation(() => ok([item, next]));
    mocked.deleteActionItem.mockImplementation(() => ok(trashEntry({ id: 't-a1', kind: 'action_item', title: item.text })));
    render(RepOneOnOnes, { person: ada });
    const open = await screen.findByRole('region', { name: /Open action items/ });
    mocked.openActionItems.mockImplementation(() => ok([next]));
    await userEvent.click(within(open).getByRole('button', { name: 'Delete “Send the pricing sheet”' }));
    expect(mocked.deleteActionItem).toHaveBeenCalledWith('a1');
    await waitFor(() => expect(within(open).queryByText('Send the pricing sheet')).not.toBeInTheDocument());
    expect(within(open).getByRole('checkbox', { name: 'Book the demo' })).toHaveFocus();
    expect(toasts.items[0]).toMatchObject({ message: expect.stringMatching(/^Moved to the trash: Action item: Send the pricing sheet/), action: { label: 'Undo' } });
  });

  test('a meeting brought back with Undo (deleted on its own page) is listed again', async () => {
    render(RepOneOnOnes, { person: ada });
    expect(await screen.findByText(/No one-on-ones with Ada Lovelace yet/)).toBeInTheDocument();
    mocked.listMeetings.mockImplementation(() =>
      ok([{ id: 'm1', heldOn: '2026-11-02', templateName: 'Weekly one-on-one', notesWritten: 1, actionsAgreed: 0, actionsOpen: 0 }]),
    );
    announce(RESTORED);
    expect(await screen.findByRole('link', { name: /2 Nov|Nov 2/ })).toHaveAttribute('href', '#/meetings/m1');
  });

  test('a long history shows half a year of meetings, then more on request, up to the newest 104', async () => {
    const weeks = Array.from({ length: 104 }, (_, i) => ({
      id: `m${i}`, heldOn: '2026-11-02', templateName: `Week ${i}`, notesWritten: 6, actionsAgreed: 2, actionsOpen: 0,
    }));
    mocked.listMeetings.mockImplementation(() => ok(weeks));
    render(RepOneOnOnes, { person: ada });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 26);
    const more = screen.getByRole('button', { name: 'Show older meetings' });
    for (const rows of [52, 78, 104]) {
      await userEvent.click(more);
      expect(within(table).getAllByRole('row')).toHaveLength(1 + rows);
    }
    expect(screen.queryByRole('button', { name: 'Show older meetings' })).not.toBeInTheDocument();
    expect(screen.getByText('These are the newest 104. Search finds what was said in older ones.')).toBeInTheDocument();
  });
});
