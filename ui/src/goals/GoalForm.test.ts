import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import GoalForm from './GoalForm.svelte';
import { commands, type GoalView } from '../lib/bindings';
import { fail, ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { goal: vi.fn(), previewFunnel: vi.fn(), saveGoal: vi.fn() },
}));

const mocked = vi.mocked(commands);

const empty: GoalView = {
  goal: {
    personId: 'ada', purpose: '', targetDate: null, incomeNeeded: null, averageDealValue: null, commissionRate: null,
    outreachToConversation: null, conversationToMeeting: null, meetingToOpportunity: null, opportunityToDeal: null, startedOn: null,
    earnedToDate: null, updatedAt: null,
  },
  funnel: null,
  progress: null,
  missing: ['targetDate', 'incomeNeeded'],
};

const withFunnel: GoalView = {
  ...empty,
  funnel: {
    commissionPerDeal: 2000,
    total: { deals: 15, opportunities: 60, meetings: 120, conversations: 480, outreach: 2400 },
    weeks: 26,
    workingDays: 130,
    perWeek: { deals: 15 / 26, opportunities: 60 / 26, meetings: 120 / 26, conversations: 480 / 26, outreach: 2400 / 26 },
    perWorkingDay: { deals: 15 / 130, opportunities: 60 / 130, meetings: 120 / 130, conversations: 480 / 130, outreach: 2400 / 130 },
  },
  missing: [],
};

beforeEach(() => {
  vi.resetAllMocks();
  mocked.goal.mockImplementation(() => ok(empty));
  mocked.previewFunnel.mockImplementation(() => ok(withFunnel));
  mocked.saveGoal.mockImplementation(() => ok(withFunnel));
});

describe('the goal and its funnel', () => {
  test('says what is still missing before the funnel can be shown', async () => {
    render(GoalForm, { personId: 'ada' });
    expect(await screen.findByText(/Fill in 2 more values to see the funnel/)).toBeInTheDocument();
  });

  test('typing updates the funnel at once, sending rates as fractions', async () => {
    render(GoalForm, { personId: 'ada' });
    await userEvent.type(await screen.findByLabelText('Commission rate'), '10');
    await waitFor(() => expect(mocked.previewFunnel).toHaveBeenCalled());
    const input = mocked.previewFunnel.mock.lastCall![1];
    expect(input.commissionRate).toBeCloseTo(0.1);
    expect(input.incomeNeeded).toBeNull();

    const table = await screen.findByRole('table', { name: 'Reverse funnel' });
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows[0]).toEqual(['Deals', '15', '0.6', '0.2']);
    expect(rows[4]).toEqual(['Outreach', '2,400', '93', '19']);
    expect(rows[3]).toEqual(['Conversations', '480', '19', '3.7']);
    expect(screen.getByText(/2,000 commission a deal · 26 weeks · 130 working days/)).toBeInTheDocument();
  });

  test('the backend message names the field and marks it', async () => {
    mocked.previewFunnel.mockImplementation(() =>
      fail({ field: 'commissionRate', message: 'Commission rate must be between 0% and 100% (above 0).' }),
    );
    render(GoalForm, { personId: 'ada' });
    const rate = await screen.findByLabelText('Commission rate');
    await userEvent.type(rate, '150');
    expect(await screen.findByRole('alert')).toHaveTextContent('Commission rate must be between 0% and 100%');
    expect(rate).toHaveAttribute('aria-invalid', 'true');
    expect(mocked.saveGoal).not.toHaveBeenCalled();
  });

  test('the goal saves a moment after typing stops', async () => {
    render(GoalForm, { personId: 'ada' });
    await userEvent.type(await screen.findByLabelText(/What the money is for/), 'A flat');
    await waitFor(() => expect(mocked.saveGoal).toHaveBeenCalled(), { timeout: 3000 });
    expect(mocked.saveGoal.mock.lastCall![1].purpose).toBe('A flat');
  });
});
