import { render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import FirstRun from './FirstRun.svelte';
import { commands, type Cadence, type KpiSeries, type RubricSummary, type Settings, type TeamRow } from '../lib/bindings';
import { ok, summary, teamOverview } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    workspaceInfo: vi.fn(),
    getSettings: vi.fn(),
    teamOverview: vi.fn(),
    listRubrics: vi.fn(),
    getRubric: vi.fn(),
    kpiSeries: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

const settings = (assessorName: string | null, mode: Settings['mode'] = 'manager'): Settings => ({ assessorName, mode, me: null, reminders: true, shareGoal: false });

function row(id: string, name: string, cadence: Cadence | null): TeamRow {
  return {
    person: summary({ id, name }),
    cadence,
    oneOnOnes: { lastHeld: null, nextDue: null, overdueDays: 0, heldInWindow: 0, dueInWindow: 0, consistency: null },
    feedback: {
      positive30: 0, constructive30: 0, positive90: 0, constructive90: 0, lastPositive: null,
      daysSincePositive: null, lastEntry: null, nudge: null,
    },
    openActions: 0,
    stormKpis: [],
  };
}

const team = (rows: TeamRow[]) => ok(teamOverview(rows));

const builtin: RubricSummary = {
  id: 'pres', name: 'Eight-minute presentation', kind: 'presentation', version: 1, criteria: 6, timeLimitSeconds: 480, builtin: true, archivedAt: null,
};

function kpiSeries(personId: string): KpiSeries {
  return {
    kpi: { id: 'k1', personId, name: 'Calls', unit: 'calls', kind: 'count', weeklyTarget: 50, warnDrop: null, archivedAt: null },
    points: [],
    warning: { state: 'not_enough_history', recentAverage: null, baselineAverage: null, drop: null, recentWeeks: 0, baselineWeeks: 0 },
  };
}

let dbPath = 0;
beforeEach(() => {
  vi.resetAllMocks();
  localStorage.clear();
  dbPath++;
  mocked.workspaceInfo.mockImplementation(() => ok({ databasePath: `/tmp/ws-${dbPath}.sqlite3`, appVersion: '0.1.0', schemaVersion: 11, protected: false }));
  mocked.getSettings.mockImplementation(() => ok(settings(null)));
  mocked.teamOverview.mockImplementation(() => team([]));
  mocked.listRubrics.mockImplementation((archived) => ok(archived ? [] : [builtin]));
  mocked.getRubric.mockImplementation(() => ok({ scorecards: 0 } as never));
  mocked.kpiSeries.mockImplementation(() => ok([]));
});

const step = (id: string) => document.querySelector(`[data-step="${id}"]`) as HTMLElement;

describe('the first-run checklist', () => {
  test('on an empty workspace nothing is ticked and each step links to where it is done', async () => {
    render(FirstRun);
    const list = await screen.findByRole('region', { name: 'First steps' });
    expect(within(list).getAllByText('To do')).toHaveLength(4);
    expect(within(list).queryByText('Done')).not.toBeInTheDocument();
    expect(within(list).getByText('0 of 4 done. This list goes away once all are done.')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Your name' })).toHaveAttribute('href', '#/settings');
    expect(within(list).getByRole('link', { name: 'Your reps, with their one-on-one cadence' })).toHaveAttribute('href', '#/team/new');
    expect(within(list).getByRole('link', { name: 'A first KPI' })).toHaveAttribute('href', '#/team/new');
    expect(within(list).getByRole('link', { name: 'A first rubric choice' })).toHaveAttribute('href', '#/rubrics');
  });

  test('a step done reads Done; a rep without a cadence keeps the reps step open and links to them', async () => {
    mocked.getSettings.mockImplementation(() => ok(settings('Morgan')));
    mocked.teamOverview.mockImplementation(() => team([row('ada', 'Ada Lovelace', 'weekly'), row('alan', 'Alan Turing', null)]));
    render(FirstRun);
    await screen.findByRole('region', { name: 'First steps' });
    expect(step('name')).toHaveTextContent('Done');
    expect(step('name')).toHaveTextContent('Signed as Morgan.');
    expect(step('reps')).toHaveTextContent('To do');
    expect(step('reps')).toHaveTextContent('Alan Turing has no one-on-one cadence yet.');
    expect(within(step('reps')).getByRole('link')).toHaveAttribute('href', '#/people/alan/one-on-ones');
    expect(within(step('kpi')).getByRole('link')).toHaveAttribute('href', '#/people/ada/kpis');
    expect(screen.getByText('1 of 4 done. This list goes away once all are done.')).toBeInTheDocument();
  });

  test('a KPI on one of the first reps and an own rubric tick their steps', async () => {
    mocked.teamOverview.mockImplementation(() => team([row('ada', 'Ada Lovelace', 'weekly'), row('alan', 'Alan Turing', 'monthly')]));
    mocked.kpiSeries.mockImplementation((personId) => ok(personId === 'alan' ? [kpiSeries('alan')] : []));
    mocked.listRubrics.mockImplementation((archived) => ok(archived ? [] : [builtin, { ...builtin, id: 'mine', name: 'Our demo', builtin: false }]));
    render(FirstRun);
    await screen.findByRole('region', { name: 'First steps' });
    expect(step('reps')).toHaveTextContent('Done');
    expect(step('kpi')).toHaveTextContent('Done');
    expect(step('kpi')).toHaveTextContent('Alan Turing tracks one.');
    expect(step('rubric')).toHaveTextContent('Done');
    expect(step('name')).toHaveTextContent('To do');
    expect(mocked.kpiSeries).toHaveBeenCalledWith('ada', 1);
    expect(mocked.getRubric).not.toHaveBeenCalled();
  });

  test('only the first few reps are asked about KPIs', async () => {
    const rows = Array.from({ length: 9 }, (_, i) => row(`rep-${i}`, `Rep ${i}`, 'weekly'));
    mocked.teamOverview.mockImplementation(() => team(rows));
    render(FirstRun);
    await screen.findByRole('region', { name: 'First steps' });
    expect(mocked.kpiSeries).toHaveBeenCalledTimes(5);
    expect(step('kpi')).toHaveTextContent('To do');
  });

  test('a first scorecard on a built-in rubric counts as the rubric choice', async () => {
    mocked.getRubric.mockImplementation(() => ok({ scorecards: 1 } as never));
    render(FirstRun);
    await screen.findByRole('region', { name: 'First steps' });
    expect(mocked.getRubric).toHaveBeenCalledWith('pres');
    expect(step('rubric')).toHaveTextContent('Done');
  });

  test('once every step is done the checklist disappears, and is not checked again for this data file', async () => {
    mocked.getSettings.mockImplementation(() => ok(settings('Morgan')));
    mocked.teamOverview.mockImplementation(() => team([row('ada', 'Ada Lovelace', 'weekly')]));
    mocked.kpiSeries.mockImplementation(() => ok([kpiSeries('ada')]));
    mocked.listRubrics.mockImplementation((archived) => ok(archived ? [{ ...builtin, archivedAt: '2026-01-01T00:00:00Z' }] : []));
    const first = render(FirstRun);
    await waitFor(() => expect(localStorage.getItem(`coachbook:first-run-done:/tmp/ws-${dbPath}.sqlite3`)).toBe('1'));
    expect(screen.queryByRole('region', { name: 'First steps' })).not.toBeInTheDocument();
    first.unmount();

    mocked.teamOverview.mockClear();
    render(FirstRun);
    await waitFor(() => expect(mocked.workspaceInfo).toHaveBeenCalledTimes(2));
    expect(mocked.teamOverview).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'First steps' })).not.toBeInTheDocument();
  });

  test("a rep's own workspace has no checklist", async () => {
    mocked.getSettings.mockImplementation(() => ok(settings(null, 'rep')));
    render(FirstRun);
    await waitFor(() => expect(mocked.getSettings).toHaveBeenCalled());
    await new Promise((settle) => setTimeout(settle, 20));
    expect(screen.queryByRole('region', { name: 'First steps' })).not.toBeInTheDocument();
    // A manager's workspace with these answers would go on to ask about the built-in rubric.
    expect(mocked.getRubric).not.toHaveBeenCalled();
  });
});
