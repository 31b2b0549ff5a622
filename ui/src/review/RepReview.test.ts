import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import RepReview from './RepReview.svelte';
import { commands, type RepReview as Review } from '../lib/bindings';
import { formatShortDay, formatWeek } from '../lib/format';
import { ok, person } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { repReview: vi.fn(), skillCheck: vi.fn(), saveDocument: vi.fn(), printDocument: vi.fn() },
}));

const mocked = vi.mocked(commands);

function review(overrides: Partial<Review> = {}): Review {
  const counts = { deals: 9, opportunities: 36, meetings: 72, conversations: 288, outreach: 1440 };
  return {
    person: person({ id: 'ada', name: 'Ada Lovelace' }),
    goal: {
      goal: {
        personId: 'ada', purpose: 'A deposit on a flat', targetDate: '2027-07-01', incomeNeeded: 33000, averageDealValue: 20000,
        commissionRate: 0.1, outreachToConversation: 0.2, conversationToMeeting: 0.25, meetingToOpportunity: 0.5,
        opportunityToDeal: 0.25, startedOn: '2026-07-01', earnedToDate: 15000, updatedAt: null,
      },
      funnel: {
        commissionPerDeal: 2000, total: counts, weeks: 31, workingDays: 155,
        perWeek: { deals: 0.3, opportunities: 1.2, meetings: 2.3, conversations: 9.3, outreach: 46.5 },
        perWorkingDay: { deals: 0.1, opportunities: 0.2, meetings: 0.5, conversations: 1.9, outreach: 9.3 },
      },
      progress: { earned: 15000, neededByNow: 17917, remaining: 18000, timeElapsed: 0.54, onTrack: false, dealsRemaining: 9 },
      missing: [],
    },
    plan: {
      plan: null,
      activities: [{ kind: 'calls', name: 'Calls', target: 12, period: 'day', weeklyTarget: 60 }],
      weeks: [
        { week: '2026-11-09', label: '2026-W46', actuals: [64] },
        { week: '2026-11-16', label: '2026-W47', actuals: [41] },
        { week: '2026-11-23', label: '2026-W48', actuals: [50] },
      ],
    },
    kpis: [],
    kare: { accounts: [], counts: { keep: 0, attain: 0, recapture: 0, expand: 0 }, split: null },
    openActions: [],
    sharedNotes: [],
    sharedFeedback: [],
    skills: {
      skills: [{ name: 'Cold calling', status: 'observed', note: '', fromPlan: true, added: false, updatedAt: null }],
      attitude: { assessedOn: '2026-11-02', willing: 'yes', able: 'yes', facts: 'Books meetings from cold calls weekly.' },
      history: [],
    },
    ...overrides,
  };
}

beforeEach(() => {
  vi.resetAllMocks();
  mocked.repReview.mockImplementation(() => ok(review()));
});

describe("the rep's review", () => {
  test('shows the goal progress in words beside the funnel, which says what it works from', async () => {
    render(RepReview, { personId: 'ada' });
    const goal = (await screen.findByRole('heading', { name: /^Goal/ })).closest('section')!;
    expect(within(goal).getByTestId('goal-progress')).toHaveTextContent('Behind the pace by 2,917');
    expect(within(goal).getByTestId('goal-progress')).toHaveTextContent('about 9 deals to go');
    expect(within(goal).getByRole('table', { name: 'Reverse funnel' }).querySelector('caption')).toHaveTextContent(
      `To earn the remaining 18,000 by ${formatShortDay('2027-07-01')}`,
    );
  });

  test('shows the skill check in short from the review itself, without loading it again', async () => {
    render(RepReview, { personId: 'ada' });
    const skills = (await screen.findByRole('heading', { name: 'Skill and attitude check' })).closest('section')!;
    expect(within(skills).getByRole('list', { name: 'Skills and their status' })).toHaveTextContent('Cold calling Observed');
    expect(skills).toHaveTextContent('Willing: yes · Able: yes');
    expect(skills).toHaveTextContent('coach to stretch');
    expect(within(skills).getByRole('link', { name: 'Open the skill check' })).toHaveAttribute('href', '#/people/ada/goals');
    expect(mocked.skillCheck).not.toHaveBeenCalled();
  });

  test('plan weeks as "w/c" dates, and each cell says in words whether the target was met', async () => {
    render(RepReview, { personId: 'ada' });
    expect(await screen.findByRole('columnheader', { name: formatWeek('2026-11-09') })).toBeInTheDocument();
    const row = screen.getByRole('rowheader', { name: 'Calls' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[1]).toHaveTextContent('64 ✓ met');
    expect(cells[2]).toHaveTextContent('41 ✗ below');
    expect(cells[3]).toHaveTextContent('50 ≈ near');
  });

  test('is made as a PDF from here', async () => {
    mocked.printDocument.mockImplementation(() => ok('/tmp/review.pdf'));
    render(RepReview, { personId: 'ada' });
    const actions = await screen.findByRole('group', { name: 'Review' });
    expect(within(actions).getByRole('button', { name: 'Save as PDF…' })).toHaveAttribute('data-testid', 'save-pdf-review');
    await userEvent.click(within(actions).getByRole('button', { name: 'Print…' }));
    expect(mocked.printDocument).toHaveBeenCalledWith({ kind: 'review', personId: 'ada' });
  });
});
