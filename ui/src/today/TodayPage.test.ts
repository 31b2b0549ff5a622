import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import TodayPage from './TodayPage.svelte';
import { commands, type TodayView } from '../lib/bindings';
import { ok, summary } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    today: vi.fn(),
    workspaceInfo: vi.fn(),
    firstRunFacts: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

const none = { oneOnOnes: 0, drafts: 0, feedback: 0, kpiWarnings: 0, actionsDue: 0 };
const empty: TodayView = { oneOnOnes: [], drafts: [], feedback: [], kpiWarnings: [], actionsDue: [], totals: none };

beforeEach(() => {
  vi.resetAllMocks();
  localStorage.clear();
  mocked.workspaceInfo.mockImplementation(() => ok({ databasePath: '/tmp/today.sqlite3', appVersion: '0.1.0', schemaVersion: 11, protected: false }));
  mocked.firstRunFacts.mockImplementation(() =>
    ok({ assessorName: null, mode: 'manager' as const, reps: 0, firstRep: null, repWithoutCadence: null, repWithKpi: null, rubricChosen: false }),
  );
});

describe('Today', () => {
  test('with nothing to do it says what will appear and offers the first step', async () => {
    mocked.today.mockImplementation(() => ok(empty));
    render(TodayPage);
    expect(await screen.findByRole('heading', { name: 'Nothing needs you right now' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'adding the reps you coach' })).toHaveAttribute('href', '#/team/new');
  });

  test('on a new workspace the first-run checklist sits above the empty state', async () => {
    mocked.today.mockImplementation(() => ok(empty));
    render(TodayPage);
    const checklist = await screen.findByRole('region', { name: 'First steps' });
    const nothing = await screen.findByRole('heading', { name: 'Nothing needs you right now' });
    expect(checklist.compareDocumentPosition(nothing) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(checklist).getAllByText('To do')).toHaveLength(4);
  });

  test('a one-on-one one day late reads "1 day overdue"', async () => {
    const ada = summary({ id: 'ada', name: 'Ada Lovelace' });
    mocked.today.mockImplementation(() =>
      ok({ ...empty, oneOnOnes: [{ person: ada, nextDue: '2026-11-23', overdueDays: 1 }], totals: { ...none, oneOnOnes: 1 } }),
    );
    render(TodayPage);
    const meetings = await screen.findByRole('region', { name: 'One-on-ones due this week' });
    expect(within(meetings).getByText('1 day overdue')).toBeInTheDocument();
  });

  test('a card shows its first eight and the count; more come a page at a time, and fewer again', async () => {
    const reps = Array.from({ length: 40 }, (_, i) => summary({ id: `r${i}`, name: `Rep ${String(i).padStart(2, '0')}` }));
    const due = reps.map((person) => ({ person, nextDue: '2026-11-23', overdueDays: 1 }));
    // The backend's part: the first rows the limit asks for, and the total.
    mocked.today.mockImplementation((limits) =>
      ok({ ...empty, oneOnOnes: due.slice(0, limits.oneOnOnes ?? 8), totals: { ...none, oneOnOnes: due.length } }),
    );
    render(TodayPage);
    const meetings = await screen.findByRole('region', { name: 'One-on-ones due this week' });
    expect(within(meetings).getAllByRole('link')).toHaveLength(8);
    expect(within(meetings).getByText('8 of 40')).toBeInTheDocument();
    expect(mocked.today).toHaveBeenLastCalledWith(expect.objectContaining({ oneOnOnes: null, actionsDue: null }));

    await userEvent.click(within(meetings).getByRole('button', { name: 'Show 25 more' }));
    expect(await within(meetings).findByText('33 of 40')).toBeInTheDocument();
    expect(within(meetings).getAllByRole('link')).toHaveLength(33);
    expect(mocked.today).toHaveBeenLastCalledWith(expect.objectContaining({ oneOnOnes: 33, actionsDue: null }));

    await userEvent.click(within(meetings).getByRole('button', { name: 'Show 7 more' }));
    expect(await within(meetings).findByText('40 of 40')).toBeInTheDocument();
    expect(within(meetings).queryByRole('button', { name: /more/ })).toBeNull();

    await userEvent.click(within(meetings).getByRole('button', { name: 'Show fewer' }));
    expect(await within(meetings).findByText('8 of 40')).toBeInTheDocument();
    expect(within(meetings).getAllByRole('link')).toHaveLength(8);
    expect(screen.getByRole('region', { name: 'Action items due this week' }).querySelector('p.more')).toBeNull();
  });

  test('every row links to the thing to do', async () => {
    const ada = summary({ id: 'ada', name: 'Ada Lovelace' });
    mocked.today.mockImplementation(() =>
      ok({
        ...empty,
        oneOnOnes: [{ person: ada, nextDue: '2026-11-10', overdueDays: 14 }],
        feedback: [{ person: ada, nudge: 'only_constructive', daysSincePositive: 40 }],
        drafts: [{ id: 'card-1', personId: 'cy', personName: 'Cy Young', rubricName: 'Eight-minute presentation', assessor: 'Mo', scoredOn: '2026-11-20' }],
        totals: { ...none, oneOnOnes: 1, feedback: 1, drafts: 1 },
      }),
    );
    render(TodayPage);
    const meetings = await screen.findByRole('region', { name: 'One-on-ones due this week' });
    expect(within(meetings).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '#/people/ada/one-on-ones');
    expect(within(meetings).getByText('14 days overdue')).toBeInTheDocument();
    const feedback = screen.getByRole('region', { name: 'Reps who need feedback' });
    expect(within(feedback).getByText('Only constructive lately')).toBeInTheDocument();
    const drafts = screen.getByRole('region', { name: 'Scorecards left in draft' });
    expect(within(drafts).getByRole('link', { name: 'Cy Young: Eight-minute presentation' })).toHaveAttribute('href', '#/scorecards/card-1');
    expect(screen.getByText('No storm brewing.')).toBeInTheDocument();
  });
});
