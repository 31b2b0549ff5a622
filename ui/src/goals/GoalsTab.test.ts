import { render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import GoalsTab from './GoalsTab.svelte';
import { commands, type GoalView } from '../lib/bindings';
import { ok, person } from '../test/fixtures';
import { requestJump } from '../skills/jump';

vi.mock('../lib/bindings', () => ({
  commands: {
    goal: vi.fn(), previewFunnel: vi.fn(), saveGoal: vi.fn(), planHistory: vi.fn(), savePlan: vi.fn(), agreePlan: vi.fn(),
    planProgress: vi.fn(), recordActuals: vi.fn(), skillCheck: vi.fn(), setSkill: vi.fn(), removeSkill: vi.fn(),
    recordAttitude: vi.fn(),
  },
}));

const mocked = vi.mocked(commands);
const ada = person({ id: 'ada', name: 'Ada Lovelace' });

const goal: GoalView = {
  goal: {
    personId: 'ada', purpose: '', targetDate: null, incomeNeeded: null, averageDealValue: null, commissionRate: null,
    outreachToConversation: null, conversationToMeeting: null, meetingToOpportunity: null, opportunityToDeal: null,
    startedOn: null, earnedToDate: null, updatedAt: null,
  },
  funnel: null,
  progress: null,
  missing: ['targetDate'],
};

beforeEach(() => {
  vi.resetAllMocks();
  mocked.goal.mockImplementation(() => ok(goal));
  mocked.planHistory.mockImplementation(() => ok([]));
  mocked.planProgress.mockImplementation(() => ok({ plan: null, activities: [], weeks: [] }));
  mocked.skillCheck.mockImplementation(() =>
    ok({ skills: [{ name: 'Cold calling', status: 'missing', note: '', fromPlan: true, added: false, updatedAt: null }], attitude: null, history: [] }),
  );
});

describe('the Goals & plan tab', () => {
  test('has the skill and attitude check under its own heading, with the anchor links go to', async () => {
    render(GoalsTab, { person: ada, canAgree: true });
    const heading = screen.getByRole('heading', { name: 'Skill and attitude check' });
    expect(heading).toHaveAttribute('id', 'skill-check');
    expect(await screen.findByRole('group', { name: 'Status of Cold calling' })).toBeInTheDocument();
    expect(mocked.skillCheck).toHaveBeenCalledWith('ada');
  });

  test('after "Open the skill check" the heading takes the focus once the check has loaded', async () => {
    requestJump('ada');
    render(GoalsTab, { person: ada, canAgree: true });
    const heading = screen.getByRole('heading', { name: 'Skill and attitude check' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  test('without asking, nothing takes the focus', async () => {
    render(GoalsTab, { person: ada, canAgree: true });
    await screen.findByRole('group', { name: 'Status of Cold calling' });
    expect(screen.getByRole('heading', { name: 'Skill and attitude check' })).not.toHaveFocus();
  });
});
