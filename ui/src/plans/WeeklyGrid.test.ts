import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import WeeklyGrid from './WeeklyGrid.svelte';
import { commands, type PlanProgress } from '../lib/bindings';
import { setLocale } from '../lib/format';
import { fail, ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { planProgress: vi.fn(), recordActuals: vi.fn() },
}));

const mocked = vi.mocked(commands);

const progress: PlanProgress = {
  plan: { personId: 'ada', version: 2, status: 'agreed', note: '', activities: [], agreedAt: null, updatedAt: '2026-11-01T00:00:00Z' },
  activities: [
    { kind: 'calls', name: 'Calls', target: 12, period: 'day', weeklyTarget: 60 },
    { kind: 'referral_asks', name: 'Referral asks', target: 2, period: 'week', weeklyTarget: 2 },
  ],
  weeks: [
    { week: '2026-12-28', label: '2026-W53', actuals: [64, 1] },
    { week: '2027-01-04', label: '2027-W01', actuals: [50, null] },
  ],
};

beforeEach(() => {
  vi.resetAllMocks();
  // Today is in the last week of 2026; dates as in Britain.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 30, 12));
  setLocale('en-GB');
  mocked.planProgress.mockImplementation(() => ok(progress));
  mocked.recordActuals.mockImplementation(() => ok(null));
});

afterEach(() => {
  setLocale(null);
  vi.useRealTimers();
});

describe('the weekly grid', () => {
  test('shows each activity’s weekly target and the actuals by week commencing, never as ISO codes', async () => {
    render(WeeklyGrid, { personId: 'ada' });
    expect(await screen.findByText('Against the agreed plan (version 2).', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'w/c 28 Dec' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'w/c 4 Jan 2027' })).toBeInTheDocument();
    expect(screen.queryByText(/\d{4}-W\d{2}/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Calls, w/c 28 Dec')).toHaveValue('64');
    expect(screen.getByLabelText('Referral asks, w/c 4 Jan 2027')).toHaveValue('');
  });

  test('each cell says in words whether it met its target, not only in colour', async () => {
    render(WeeklyGrid, { personId: 'ada' });
    const met = await screen.findByLabelText('Calls, w/c 28 Dec');
    expect(met.closest('td')).toHaveClass('met');
    expect(met).toHaveAccessibleDescription('met');
    expect(met.closest('td')).toHaveTextContent('✓ met');

    const near = screen.getByLabelText('Calls, w/c 4 Jan 2027');
    expect(near.closest('td')).toHaveClass('near');
    expect(near).toHaveAccessibleDescription('near');

    const short = screen.getByLabelText('Referral asks, w/c 28 Dec');
    expect(short.closest('td')).toHaveClass('short');
    expect(short).toHaveAccessibleDescription('below');

    // An empty week says nothing.
    expect(screen.getByLabelText('Referral asks, w/c 4 Jan 2027')).not.toHaveAttribute('aria-describedby');
  });

  test('the sign is hidden from screen readers; the words carry the meaning', async () => {
    render(WeeklyGrid, { personId: 'ada' });
    const met = await screen.findByLabelText('Calls, w/c 28 Dec');
    const verdict = document.getElementById(met.getAttribute('aria-describedby') ?? '');
    expect(verdict?.querySelector('[aria-hidden="true"]')).toHaveTextContent('✓');
  });

  test('a value saves for its week and activity when the cell changes', async () => {
    render(WeeklyGrid, { personId: 'ada' });
    const cell = await screen.findByLabelText('Referral asks, w/c 4 Jan 2027');
    await userEvent.type(cell, '3');
    await userEvent.tab();
    await waitFor(() => expect(mocked.recordActuals).toHaveBeenCalledWith('ada', '2027-01-04', [{ activity: 'Referral asks', value: 3 }]));
  });

  test('numbers are read and shown in the locale’s way', async () => {
    setLocale('de-DE');
    mocked.planProgress.mockImplementation(() => ok({ ...progress, weeks: [{ week: '2026-12-28', label: '2026-W53', actuals: [62.5, null] }] }));
    render(WeeklyGrid, { personId: 'ada' });
    expect(await screen.findByLabelText('Calls, w/c 28 Dec')).toHaveValue('62,5');
    const cell = screen.getByLabelText('Referral asks, w/c 28 Dec');
    await userEvent.type(cell, '1,5');
    await userEvent.tab();
    await waitFor(() => expect(mocked.recordActuals).toHaveBeenCalledWith('ada', '2026-12-28', [{ activity: 'Referral asks', value: 1.5 }]));
  });

  test('clearing a cell sends no value', async () => {
    render(WeeklyGrid, { personId: 'ada' });
    const cell = await screen.findByLabelText('Calls, w/c 4 Jan 2027');
    await userEvent.clear(cell);
    await userEvent.tab();
    await waitFor(() => expect(mocked.recordActuals).toHaveBeenCalledWith('ada', '2027-01-04', [{ activity: 'Calls', value: null }]));
  });

  test('a word is not a number: said at once, nothing sent', async () => {
    render(WeeklyGrid, { personId: 'ada' });
    const cell = await screen.findByLabelText('Calls, w/c 4 Jan 2027');
    await userEvent.clear(cell);
    await userEvent.type(cell, 'lots');
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Calls, w/c 4 Jan 2027: enter a number, such as 12.5.');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(mocked.recordActuals).not.toHaveBeenCalled();
  });

  test('a value the backend refuses is explained', async () => {
    mocked.recordActuals.mockImplementation(() => fail({ field: 'actuals[0].value', message: 'Calls: enter a number from 0.' }));
    render(WeeklyGrid, { personId: 'ada' });
    const cell = await screen.findByLabelText('Calls, w/c 4 Jan 2027');
    await userEvent.clear(cell);
    await userEvent.type(cell, '-5');
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Calls: enter a number from 0.');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
  });
});
