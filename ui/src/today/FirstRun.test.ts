import { render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import FirstRun from './FirstRun.svelte';
import { commands, type FirstRunFacts } from '../lib/bindings';
import { ok, summary } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    workspaceInfo: vi.fn(),
    firstRunFacts: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

const nothingYet: FirstRunFacts = {
  assessorName: null,
  mode: 'manager',
  reps: 0,
  firstRep: null,
  repWithoutCadence: null,
  repWithKpi: null,
  rubricChosen: false,
};
const facts = (some: Partial<FirstRunFacts>) => () => ok({ ...nothingYet, ...some });
const ada = summary({ id: 'ada', name: 'Ada Lovelace' });
const alan = summary({ id: 'alan', name: 'Alan Turing' });

let dbPath = 0;
beforeEach(() => {
  vi.resetAllMocks();
  localStorage.clear();
  dbPath++;
  mocked.workspaceInfo.mockImplementation(() => ok({ databasePath: `/tmp/ws-${dbPath}.sqlite3`, appVersion: '0.1.0', schemaVersion: 11, protected: false }));
  mocked.firstRunFacts.mockImplementation(facts({}));
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
    mocked.firstRunFacts.mockImplementation(facts({ assessorName: 'Morgan', reps: 2, firstRep: ada, repWithoutCadence: alan }));
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

  test('a rep with a KPI and a rubric chosen tick their steps, and the reps step counts the team', async () => {
    mocked.firstRunFacts.mockImplementation(facts({ reps: 60, firstRep: ada, repWithKpi: alan, rubricChosen: true }));
    render(FirstRun);
    await screen.findByRole('region', { name: 'First steps' });
    expect(step('reps')).toHaveTextContent('Done');
    expect(step('reps')).toHaveTextContent('60 reps, each with a cadence.');
    expect(step('kpi')).toHaveTextContent('Done');
    expect(step('kpi')).toHaveTextContent('Alan Turing tracks one.');
    expect(within(step('kpi')).getByRole('link')).toHaveAttribute('href', '#/people/alan/kpis');
    expect(step('rubric')).toHaveTextContent('Done');
    expect(step('name')).toHaveTextContent('To do');
  });

  test('once every step is done the checklist disappears, and is not checked again for this data file', async () => {
    mocked.firstRunFacts.mockImplementation(facts({ assessorName: 'Morgan', reps: 1, firstRep: ada, repWithKpi: ada, rubricChosen: true }));
    const first = render(FirstRun);
    await waitFor(() => expect(localStorage.getItem(`coachbook:first-run-done:/tmp/ws-${dbPath}.sqlite3`)).toBe('1'));
    expect(screen.queryByRole('region', { name: 'First steps' })).not.toBeInTheDocument();
    first.unmount();

    mocked.firstRunFacts.mockClear();
    render(FirstRun);
    await waitFor(() => expect(mocked.workspaceInfo).toHaveBeenCalledTimes(2));
    expect(mocked.firstRunFacts).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'First steps' })).not.toBeInTheDocument();
  });

  test("a rep's own workspace has no checklist", async () => {
    mocked.firstRunFacts.mockImplementation(facts({ mode: 'rep' }));
    render(FirstRun);
    await waitFor(() => expect(mocked.firstRunFacts).toHaveBeenCalled());
    await new Promise((settle) => setTimeout(settle, 20));
    expect(screen.queryByRole('region', { name: 'First steps' })).not.toBeInTheDocument();
    expect(localStorage.getItem(`coachbook:first-run-done:/tmp/ws-${dbPath}.sqlite3`)).toBeNull();
  });
});
