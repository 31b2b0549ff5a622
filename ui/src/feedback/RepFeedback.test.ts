import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import RepFeedback from './RepFeedback.svelte';
import { commands, type Balance, type FeedbackEntry } from '../lib/bindings';
import { fail, ok, person, summary } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    feedbackBalance: vi.fn(),
    feedbackTags: vi.fn(),
    listFeedback: vi.fn(),
    listPeople: vi.fn(),
    updateFeedback: vi.fn(),
    logFeedback: vi.fn(),
    deleteFeedback: vi.fn(),
    restoreFeedback: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

const ada = person({ id: 'ada', name: 'Ada Lovelace' });
const balance: Balance = {
  positive30: 1, constructive30: 0, positive90: 1, constructive90: 0, lastPositive: '2026-11-03', daysSincePositive: 2, lastEntry: '2026-11-03', nudge: null,
};
const entry: FeedbackEntry = {
  id: 'f1', personId: 'ada', personName: 'Ada Lovelace', givenOn: '2026-11-03', polarity: 'positive',
  situation: 'Discovery call with Acme', behaviour: 'Asked about budget early', result: 'Qualified the deal', tags: ['discovery'],
  shared: false, deletedAt: null, createdAt: '2026-11-03T10:00:00Z', updatedAt: '2026-11-03T10:00:00Z',
};

beforeEach(() => {
  vi.resetAllMocks();
  mocked.feedbackBalance.mockImplementation(() => ok(balance));
  mocked.feedbackTags.mockImplementation(() => ok([{ tag: 'discovery', entries: 1 }]));
  mocked.listFeedback.mockImplementation(() => ok({ items: [entry], total: 1 }));
  mocked.listPeople.mockImplementation(() => ok({ items: [summary({ id: 'ada', name: 'Ada Lovelace' })], total: 1 }));
});

describe("a rep's feedback tab", () => {
  test('an entry is edited in the capture form, saved with update, and the timeline shows the change', async () => {
    const edited = { ...entry, behaviour: 'Asked about budget in the first five minutes' };
    mocked.updateFeedback.mockImplementation(() => ok(edited));
    render(RepFeedback, { person: ada });
    const edit = await screen.findByRole('button', { name: /^Edit the feedback of .*: Asked about budget early$/ });
    await userEvent.click(edit);

    const dialog = screen.getByRole('dialog', { name: 'Edit feedback' });
    const behaviour = within(dialog).getByLabelText(/^Behaviour/);
    expect(behaviour).toHaveValue('Asked about budget early');
    expect(within(dialog).getByLabelText('Result')).toHaveValue('Qualified the deal');
    mocked.listFeedback.mockImplementation(() => ok({ items: [edited], total: 1 }));
    await userEvent.clear(behaviour);
    await userEvent.type(behaviour, 'Asked about budget in the first five minutes{Enter}');

    await waitFor(() => expect(mocked.updateFeedback).toHaveBeenCalled());
    expect(mocked.updateFeedback.mock.calls[0]).toEqual([
      'f1',
      expect.objectContaining({ personId: 'ada', behaviour: 'Asked about budget in the first five minutes', polarity: 'positive', tags: ['discovery'] }),
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Asked about budget in the first five minutes')).toBeInTheDocument();
  });

  test("the backend's message shows under the field it names and the form stays open; Esc closes it", async () => {
    mocked.updateFeedback.mockImplementation(() => fail({ field: 'givenOn', message: 'Feedback cannot be dated in the future.' }));
    render(RepFeedback, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: /^Edit the feedback of/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Feedback cannot be dated in the future.')).toHaveAttribute('id', 'capture-givenOn-error');
    expect(screen.getByRole('dialog', { name: 'Edit feedback' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  test('the newest 25 show first; Show 25 more asks for the next page, and a filter starts again from the newest', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...entry, id: `f${i}`, behaviour: `Entry ${i}` }));
    mocked.listFeedback.mockImplementation((q) => ok({ items: many(q.limit ?? 0), total: 1200 }));
    render(RepFeedback, { person: ada });
    expect(await screen.findByText('Showing the newest 25 of 1,200.')).toBeInTheDocument();
    expect(screen.getAllByText(/^Entry \d+$/)).toHaveLength(25);

    await userEvent.click(screen.getByRole('button', { name: 'Show 25 more' }));
    expect(await screen.findByText('Showing the newest 50 of 1,200.')).toBeInTheDocument();
    expect(mocked.listFeedback).toHaveBeenLastCalledWith(expect.objectContaining({ limit: 50, offset: null }));

    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'positive');
    await waitFor(() => expect(mocked.listFeedback).toHaveBeenLastCalledWith(expect.objectContaining({ polarity: 'positive', limit: 25 })));
    expect(await screen.findByText('Showing the newest 25 of 1,200.')).toBeInTheDocument();
  });

  test('entries in the trash offer Restore, not Edit', async () => {
    render(RepFeedback, { person: ada });
    await screen.findByRole('button', { name: /^Edit the feedback of/ });
    mocked.listFeedback.mockImplementation(() => ok({ items: [{ ...entry, deletedAt: '2026-11-04T10:00:00Z' }], total: 1 }));
    await userEvent.click(screen.getByLabelText('Show the trash'));
    expect(await screen.findByRole('button', { name: 'Restore' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  });
});
