import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import WeeklyGrid from './WeeklyGrid.svelte';
import { commands, type PlanProgress } from '../lib/bindings';
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
  mocked.planProgress.mockImplementation(() => ok(progress));
  mocked.recordActuals.mockImplementation(() => ok(null));
});

describe('the weekly grid', () => {
  test('shows each activity’s weekly target and the actuals by ISO week, marking met and short', async () => {
    render(WeeklyGrid, { personId: 'ada' });
    expect(await screen.findByText('Against the agreed plan (version 2).', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '2026-W53' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '2027-W01' })).toBeInTheDocument();
    const calls53 = screen.getByLabelText('Calls, 2026-W53');
    expect(calls53).toHaveValue('64');
    expect(calls53.closest('td')).toHaveClass('met');
    expect(screen.getByLabelText('Calls, 2027-W01').closest('td')).toHaveClass('near');
    expect(screen.getByLabelText('Referral asks, 2026-W53').closest('td')).toHaveClass('short');
    expect(screen.getByLabelText('Referral asks, 2027-W01')).toHaveValue('');
  });

  test('a value saves for its week and activity when the cell changes', async () => {
    render(WeeklyGrid, { personId: 'ada' });
    const cell = await screen.findByLabelText('Referral asks, 2027-W01');
    await userEvent.type(cell, '3');
    await userEvent.tab();
    await waitFor(() => expect(mocked.recordActuals).toHaveBeenCalledWith('ada', '2027-01-04', [{ activity: 'Referral asks', value: 3 }]));
  });

  test('clearing a cell sends no value; a rejected one is explained', async () => {
    mocked.recordActuals.mockImplementation(() => fail({ field: 'actuals[0].value', message: 'Calls: enter a number from 0.' }));
    render(WeeklyGrid, { personId: 'ada' });
    const cell = await screen.findByLabelText('Calls, 2027-W01');
    await userEvent.clear(cell);
    await userEvent.type(cell, 'lots');
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Calls: enter a number from 0.');
    expect(cell).toHaveAttribute('aria-invalid', 'true');
  });
});
