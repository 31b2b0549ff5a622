import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import GoalForm from './GoalForm.svelte';
import { commands, type GoalView } from '../lib/bindings';
import { fail, ok } from '../test/fixtures';
import { formatShortDay } from '../lib/format';

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
    expect(screen.getByText(/2,000 commission a deal · 26 weeks · 130 working days left/)).toBeInTheDocument();
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

  test('the start date and what was earned so far are sent with the goal, numbers as typed', async () => {
    mocked.goal.mockImplementation(() => ok({ ...empty, goal: { ...empty.goal, startedOn: '2027-01-04', earnedToDate: 1500 } }));
    render(GoalForm, { personId: 'ada' });
    const started = await screen.findByLabelText('Started on');
    expect(started).toHaveValue('2027-01-04');
    const earned = screen.getByLabelText('Earned so far');
    expect(earned).toHaveValue('1500');
    await userEvent.clear(earned);
    await userEvent.type(earned, '12,500');
    await userEvent.tab();
    await waitFor(() => expect(mocked.saveGoal).toHaveBeenCalled());
    const input = mocked.saveGoal.mock.lastCall![1];
    expect(input.earnedToDate).toBe(12500);
    expect(input.startedOn).toBe('2027-01-04');
  });

  test('a blank start is filled in with the day the backend saved the goal from', async () => {
    mocked.saveGoal.mockImplementation(() => ok({ ...withFunnel, goal: { ...withFunnel.goal, startedOn: '2026-11-25' } }));
    render(GoalForm, { personId: 'ada' });
    await userEvent.type(await screen.findByLabelText(/What the money is for/), 'A car');
    await userEvent.tab();
    await waitFor(() => expect(screen.getByLabelText('Started on')).toHaveValue('2026-11-25'));
    expect(mocked.saveGoal.mock.calls[0][1].startedOn).toBeNull();
  });

  test('a refused start date is named under that field', async () => {
    mocked.previewFunnel.mockImplementation(() => fail({ field: 'startedOn', message: 'The start must be before the target date.' }));
    render(GoalForm, { personId: 'ada' });
    const started = await screen.findByLabelText('Started on');
    await userEvent.type(await screen.findByLabelText('Earned so far'), '5');
    const message = await screen.findByText('The start must be before the target date.');
    expect(started.closest('.field')).toContainElement(message);
    expect(started).toHaveAttribute('aria-invalid', 'true');
    expect(started.getAttribute('aria-describedby')).toContain(message.id);
  });

  test('shows earned against the pace needed by now, in words, and works the funnel from what remains', async () => {
    const behind: GoalView = {
      ...withFunnel,
      goal: { ...withFunnel.goal, targetDate: '2027-07-01', incomeNeeded: 33000, startedOn: '2026-07-01', earnedToDate: 15000 },
      progress: { earned: 15000, neededByNow: 17917, remaining: 18000, timeElapsed: 0.4, onTrack: false, dealsRemaining: 9 },
    };
    mocked.goal.mockImplementation(() => ok(behind));
    render(GoalForm, { personId: 'ada' });
    const progress = await screen.findByTestId('goal-progress');
    expect(progress).toHaveTextContent('Behind the pace by 2,917');
    expect(progress).toHaveTextContent('Earned 15,000 of the 17,917 a steady pace needs by now');
    expect(progress).toHaveTextContent('40% of the time');
    expect(progress).toHaveTextContent(`18,000 still to earn by ${formatShortDay('2027-07-01')}: about 9 deals to go.`);
    const table = screen.getByRole('table', { name: 'Reverse funnel' });
    expect(table.querySelector('caption')).toHaveTextContent(`To earn the remaining 18,000 by ${formatShortDay('2027-07-01')}`);
  });

  test('on track says so in words', async () => {
    mocked.goal.mockImplementation(() =>
      ok({
        ...withFunnel,
        goal: { ...withFunnel.goal, targetDate: '2027-07-01', incomeNeeded: 33000, earnedToDate: 20000 },
        progress: { earned: 20000, neededByNow: 17917, remaining: 13000, timeElapsed: 0.54, onTrack: true, dealsRemaining: null },
      }),
    );
    render(GoalForm, { personId: 'ada' });
    const progress = await screen.findByTestId('goal-progress');
    expect(progress).toHaveTextContent('On track');
    expect(progress).not.toHaveTextContent('Behind');
    expect(progress).not.toHaveTextContent('deals to go');
  });
});
