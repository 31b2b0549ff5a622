import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import PeopleList from './PeopleList.svelte';
import { commands, type PeopleQuery, type TeamRow } from '../lib/bindings';
import { noTotals, ok, summary } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { listPeople: vi.fn(), listOpenings: vi.fn(), teamOverview: vi.fn() },
}));


const mocked = vi.mocked(commands);

/** A fake backend holding these names, filtering by search like the real one. */
function backendWith(names: string[], extra: Partial<ReturnType<typeof summary>> = {}) {
  mocked.listPeople.mockImplementation((query: PeopleQuery) => {
    const term = query.search?.toLowerCase() ?? '';
    const items = names
      .filter((n) => n.toLowerCase().includes(term))
      .map((name, i) => summary({ id: `id-${i}-${name}`, name, ...extra }));
    return ok({ items, total: items.length });
  });
}

/** The team view's call: the fake list's page, with these statuses and totals. */
function teamOf(rows: TeamRow[] = [], totals: Partial<typeof noTotals> = {}) {
  mocked.teamOverview.mockImplementation(async (query: PeopleQuery) => {
    const page = await mocked.listPeople(query);
    if (page.status !== 'ok') return page;
    return ok({ page: page.data, rows, totals: { ...noTotals, reps: page.data.total, ...totals } });
  });
}

beforeEach(() => {
  vi.resetAllMocks();
  mocked.listOpenings.mockImplementation(() => ok([]));
  teamOf();
});

describe('the team list', () => {
  test('an empty team explains what to do first', async () => {
    backendWith([]);
    render(PeopleList, { list: 'team' });
    expect(await screen.findByRole('heading', { name: 'Your team is empty' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add your first rep' })).toHaveAttribute('href', '#/team/new');
  });

  test('lists reps with links to their pages', async () => {
    backendWith(['Ada Lovelace', 'Grace Hopper']);
    render(PeopleList, { list: 'team' });
    const table = await screen.findByRole('table');
    const links = within(table).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(links[0]).toHaveAttribute('href', '#/people/id-0-Ada%20Lovelace');
    expect(screen.getByText('1–2 of 2')).toBeInTheDocument();
    expect(mocked.teamOverview).toHaveBeenCalledWith(expect.objectContaining({ list: 'team', archived: false, limit: 50, offset: 0 }));
  });

  test('searching asks the backend and shows what matches', async () => {
    backendWith(['Ada Lovelace', 'Grace Hopper']);
    render(PeopleList, { list: 'team' });
    await screen.findByRole('table');

    await userEvent.type(screen.getByLabelText(/Search team/), 'hop');

    await waitFor(() => expect(screen.queryByText('Ada Lovelace')).not.toBeInTheDocument());
    expect(screen.getByText('Grace Hopper')).toBeInTheDocument();
    expect(mocked.listPeople).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'hop' }));
  });

  test('a search with no match offers to clear it', async () => {
    backendWith(['Ada Lovelace']);
    render(PeopleList, { list: 'team' });
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText(/Search team/), 'zzz');

    const clear = await screen.findByRole('button', { name: 'Clear search and filters' });
    expect(screen.getByText(/Nobody matches “zzz”/)).toBeInTheDocument();
    await userEvent.click(clear);
    expect(await screen.findByText('Ada Lovelace')).toBeInTheDocument();
    expect(screen.getByLabelText(/Search team/)).toHaveValue('');
  });

  test('the archive view has its own empty state', async () => {
    backendWith([]);
    render(PeopleList, { list: 'team' });
    await userEvent.click(await screen.findByLabelText('Show archived'));
    expect(await screen.findByRole('heading', { name: 'Nothing archived' })).toBeInTheDocument();
    expect(mocked.listPeople).toHaveBeenLastCalledWith(expect.objectContaining({ archived: true }));
  });

  test('pressing / focuses the search box', async () => {
    backendWith(['Ada Lovelace']);
    render(PeopleList, { list: 'team' });
    await screen.findByRole('table');
    await userEvent.keyboard('/');
    expect(screen.getByLabelText(/Search team/)).toHaveFocus();
  });
});

describe('the team view', () => {
  test('shows who is overdue, the consistency and the feedback nudges at a glance', async () => {
    backendWith(['Ada Lovelace', 'Grace Hopper']);
    const status = (overdueDays: number, nudge: 'only_constructive' | null) => ({
      cadence: 'weekly' as const,
      oneOnOnes: { lastHeld: '2026-11-10', nextDue: '2026-11-17', overdueDays, heldInWindow: 9, dueInWindow: 12, consistency: 0.75 },
      feedback: { positive30: nudge ? 0 : 3, constructive30: 2, positive90: 4, constructive90: 2, lastPositive: null, daysSincePositive: null, lastEntry: null, nudge },
      openActions: 1,
      stormKpis: nudge ? ['Conversations'] : [],
    });
    teamOf(
      [
        { person: summary({ id: 'id-0-Ada Lovelace', name: 'Ada Lovelace' }), ...status(7, 'only_constructive') },
        { person: summary({ id: 'id-1-Grace Hopper', name: 'Grace Hopper' }), ...status(0, null) },
      ],
      { consistency: 0.75, overdue: 1, feedbackNudges: 1, kpiWarnings: 1, positive30: 3, constructive30: 4 },
    );
    render(PeopleList, { list: 'team' });

    const ada = (await screen.findByText('7 days overdue')).closest('tr')!;
    expect(within(ada).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(ada).getByText('Only constructive lately')).toBeInTheDocument();
    expect(within(ada).getByRole('link', { name: '⚠ Conversations' })).toHaveAttribute('href', '#/people/id-0-Ada%20Lovelace/kpis');
    const grace = screen.getByText('Grace Hopper').closest('tr')!;
    expect(within(grace).queryByText(/overdue/)).not.toBeInTheDocument();
    expect(screen.getByTestId('team-summary')).toHaveTextContent('One-on-one consistency over 12 weeks: 75%');
    expect(screen.getByTestId('team-summary')).toHaveTextContent('1 overdue');
    expect(screen.getByTestId('team-summary')).toHaveTextContent('1 with a KPI warning');
  });
});

describe('the candidates list', () => {
  test('shows opening and stage, and filters by stage', async () => {
    backendWith(['Cy Young'], { role: 'candidate', opening: 'SDR', stage: 'interviewing' });
    mocked.listOpenings.mockImplementation(() => ok([{ name: 'SDR', candidates: 1 }]));
    render(PeopleList, { list: 'candidates' });

    const row = (await screen.findByText('Cy Young')).closest('tr')!;
    expect(within(row).getByText('SDR')).toBeInTheDocument();
    expect(within(row).getByText('Interviewing')).toBeInTheDocument();
    expect(await screen.findByRole('option', { name: 'SDR (1)' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Stage'), 'offer');
    await waitFor(() =>
      expect(mocked.listPeople).toHaveBeenLastCalledWith(expect.objectContaining({ list: 'candidates', stage: 'offer' })),
    );
  });

  test('an empty pipeline offers to add the first candidate', async () => {
    backendWith([]);
    render(PeopleList, { list: 'candidates' });
    expect(await screen.findByRole('heading', { name: 'No candidates yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add your first candidate' })).toHaveAttribute('href', '#/candidates/new');
  });
});
