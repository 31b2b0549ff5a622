import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import PlanEditor from './PlanEditor.svelte';
import { commands, type Plan } from '../lib/bindings';
import { setLocale } from '../lib/format';
import { ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { planHistory: vi.fn(), savePlan: vi.fn(), agreePlan: vi.fn() },
}));

const mocked = vi.mocked(commands);

const plan = (version: number, target: number, status: Plan['status'] = 'draft'): Plan => ({
  personId: 'ada',
  version,
  status,
  note: '',
  activities: [{ kind: 'calls', name: 'Calls', target, period: 'day', weeklyTarget: target * 5 }],
  agreedAt: null,
  updatedAt: '2026-11-01T00:00:00Z',
});

beforeEach(() => {
  vi.resetAllMocks();
  mocked.savePlan.mockImplementation(() => ok(plan(3, 2.5)));
});

afterEach(() => setLocale(null));

describe('the plan editor', () => {
  test('targets are shown and read in the locale’s way', async () => {
    setLocale('de-DE');
    mocked.planHistory.mockImplementation(() => ok([plan(2, 12.5)]));
    render(PlanEditor, { personId: 'ada', canAgree: false, onsaved: () => {} });
    const target = await screen.findByLabelText('Activity 1 target');
    expect(target).toHaveValue('12,5');
    await userEvent.clear(target);
    await userEvent.type(target, '1.250,5');
    await userEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() =>
      expect(mocked.savePlan).toHaveBeenCalledWith('ada', { note: null, activities: [{ kind: 'calls', name: 'Calls', target: 1250.5, period: 'day' }] }),
    );
  });

  test('earlier versions read as people say them', async () => {
    setLocale('en-GB');
    mocked.planHistory.mockImplementation(() => ok([plan(2, 12), plan(1, 1500, 'agreed')]));
    render(PlanEditor, { personId: 'ada', canAgree: false, onsaved: () => {} });
    expect(await screen.findByText(/Calls 1,500 a day/)).toBeInTheDocument();
  });
});
