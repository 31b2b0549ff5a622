import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import RepOverview from './RepOverview.svelte';
import PersonPage from './PersonPage.svelte';
import { commands, type ActionItem, type Balance, type Cadence, type TeamRow } from '../lib/bindings';
import { ok, person, summary } from '../test/fixtures';
import { announce, FEEDBACK_LOGGED, listen, OPEN_QUICK_CAPTURE } from '../lib/events';
import { todayIso } from '../lib/format';

vi.mock('../lib/bindings', () => ({
  commands: {
    repStatus: vi.fn(),
    openActionItems: vi.fn(),
    feedbackBalance: vi.fn(),
    skillCheck: vi.fn(),
    setActionItemDone: vi.fn(),
    updateActionItem: vi.fn(),
    getPerson: vi.fn(),
    personScorecards: vi.fn(),
    candidateOverview: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

const ada = person({ id: 'ada', name: 'Ada Lovelace' });

function item(n: number): ActionItem {
  return {
    id: `a${n}`, personId: 'ada', meetingId: 'm0', agreedOn: '2026-11-02', text: `Item ${n}`, owner: 'rep',
    dueOn: null, doneAt: null, closedInMeetingId: null,
  };
}

const balance: Balance = {
  positive30: 3, constructive30: 1, positive90: 7, constructive90: 2, lastPositive: '2026-11-20', daysSincePositive: 2, lastEntry: '2026-11-20', nudge: null,
};

function row(cadence: Cadence | null, nextDue: string | null, overdueDays: number): TeamRow {
  return {
    person: summary({ id: 'ada', name: 'Ada Lovelace' }),
    cadence,
    oneOnOnes: { lastHeld: '2026-11-02', nextDue, overdueDays, heldInWindow: 1, dueInWindow: 2, consistency: 0.5 },
    feedback: balance,
    openActions: 0,
    stormKpis: [],
  };
}

beforeEach(() => {
  vi.resetAllMocks();
  mocked.repStatus.mockImplementation(() => ok(row('weekly', '2026-11-09', 3)));
  mocked.openActionItems.mockImplementation(() => ok([item(1), item(2), item(3), item(4)]));
  mocked.feedbackBalance.mockImplementation(() => ok(balance));
  mocked.skillCheck.mockImplementation(() => ok({ skills: [], attitude: null, history: [] }));
});

describe("a rep's overview", () => {
  test('says when the next one-on-one is due, and how late, in words', async () => {
    render(RepOverview, { person: ada });
    const next = await screen.findByRole('region', { name: 'Next one-on-one' });
    await waitFor(() => expect(next).toHaveTextContent('3 days overdue'));
    expect(next).toHaveTextContent('Weekly · last held');
    expect(within(next).getByRole('link', { name: 'Hold it from the One-on-ones tab' })).toHaveAttribute('href', '#/people/ada/one-on-ones');
  });

  test('due today reads so', async () => {
    mocked.repStatus.mockImplementation(() => ok(row('biweekly', todayIso(), 0)));
    render(RepOverview, { person: ada });
    const next = await screen.findByRole('region', { name: 'Next one-on-one' });
    await waitFor(() => expect(next).toHaveTextContent('due today'));
  });

  test('with no cadence it says so and links to where it is set', async () => {
    mocked.repStatus.mockImplementation(() => ok(row(null, null, 0)));
    render(RepOverview, { person: ada });
    const next = await screen.findByRole('region', { name: 'Next one-on-one' });
    expect(await within(next).findByRole('link', { name: 'Set how often you meet' })).toHaveAttribute('href', '#/people/ada/one-on-ones');
  });

  test('open action items: the count, the first few, each ticked off here', async () => {
    mocked.setActionItemDone.mockImplementation(() => ok({ ...item(1), doneAt: '2026-11-22T10:00:00Z' }));
    render(RepOverview, { person: ada });
    const actions = await screen.findByRole('region', { name: 'Open action items' });
    await waitFor(() => expect(actions).toHaveTextContent('4 open'));
    expect(within(actions).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(actions).getByRole('link', { name: 'All 4 on the One-on-ones tab' })).toBeInTheDocument();
    await userEvent.click(within(actions).getByRole('checkbox', { name: 'Item 1' }));
    expect(mocked.setActionItemDone).toHaveBeenCalledWith('a1', true, null);
    await waitFor(() => expect(actions).toHaveTextContent('3 open'));
    expect(within(actions).getByRole('checkbox', { name: 'Item 1' })).toBeChecked();
  });

  test('none open says what the list is for', async () => {
    mocked.openActionItems.mockImplementation(() => ok([]));
    render(RepOverview, { person: ada });
    const actions = await screen.findByRole('region', { name: 'Open action items' });
    expect(await within(actions).findByText(/None open/)).toBeInTheDocument();
  });

  test('the feedback balance, reloaded when feedback is logged; Log feedback opens capture for this rep', async () => {
    render(RepOverview, { person: ada });
    const feedback = await screen.findByRole('region', { name: 'Feedback' });
    await waitFor(() => expect(feedback).toHaveTextContent('3 positive · 1 constructive'));
    mocked.feedbackBalance.mockImplementation(() => ok({ ...balance, positive30: 4 }));
    announce(FEEDBACK_LOGGED);
    await waitFor(() => expect(feedback).toHaveTextContent('4 positive · 1 constructive'));

    const opened = vi.fn();
    const stop = listen(OPEN_QUICK_CAPTURE, opened);
    await userEvent.click(within(feedback).getByRole('button', { name: 'Log feedback' }));
    expect(opened).toHaveBeenCalledWith('ada');
    stop();
  });

  test('the skill check shows in short', async () => {
    render(RepOverview, { person: ada });
    const skills = await screen.findByRole('region', { name: 'Skill and attitude check' });
    expect(await within(skills).findByRole('link', { name: 'Open the skill check' })).toHaveAttribute('href', '#/people/ada/goals');
  });
});

describe("the person page's Overview tab", () => {
  test('for a rep shows the overview above the details', async () => {
    mocked.getPerson.mockImplementation(() => ok(ada));
    render(PersonPage, { id: 'ada' });
    const next = await screen.findByRole('region', { name: 'Next one-on-one' });
    const details = screen.getByRole('heading', { name: 'Details' });
    expect(next.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('for a candidate shows no rep overview', async () => {
    mocked.getPerson.mockImplementation(() => ok(person({ id: 'cy', name: 'Cy Young', role: 'candidate', stage: 'applied', opening: 'AE' })));
    mocked.personScorecards.mockImplementation(() => ok({ scorecards: [], hiddenUntilSubmitted: false }));
    mocked.candidateOverview.mockImplementation(() =>
      ok({ exercises: [], overallShare: null, recommendations: { strongNo: 0, no: 0, yes: 0, strongYes: 0 }, submitted: 0, hiddenUntilSubmitted: false }),
    );
    render(PersonPage, { id: 'cy' });
    await screen.findByRole('heading', { name: 'Cy Young' });
    expect(screen.queryByRole('region', { name: 'Next one-on-one' })).not.toBeInTheDocument();
    expect(mocked.repStatus).not.toHaveBeenCalled();
  });
});
