import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import ComparePage from './ComparePage.svelte';
import { commands, type Comparison, type ComparisonRow } from '../lib/bindings';
import { ok, summary } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({ commands: { compareCandidates: vi.fn(), saveDocument: vi.fn(), printDocument: vi.fn() } }));

const mocked = vi.mocked(commands);

function row(name: string, overrides: Partial<ComparisonRow> = {}): ComparisonRow {
  return {
    person: summary({ id: name.toLowerCase(), name, role: 'candidate', opening: 'AE', stage: 'interviewing' }),
    shares: [null, null],
    scorecards: [0, 0],
    overallShare: null,
    spread: null,
    lead: null,
    decisive: false,
    recommendations: { strongNo: 0, no: 0, yes: 0, strongYes: 0 },
    submitted: 0,
    hiddenUntilSubmitted: false,
    takeaways: [],
    ...overrides,
  };
}

/** As the backend ranks them: best overall first, unscored last. */
function comparison(): Comparison {
  return {
    opening: 'AE',
    rubrics: [
      { rubricId: 'pres', name: 'Presentation' },
      { rubricId: 'email', name: 'Email' },
    ],
    rows: [
      row('Dorothy', {
        shares: [0.8, 0.9], scorecards: [2, 1], overallShare: 0.85, spread: 0.02, lead: 0.06, decisive: true, submitted: 3,
        recommendations: { strongNo: 0, no: 0, yes: 2, strongYes: 1 },
        takeaways: [
          { rubricName: 'Presentation', assessor: 'Mo', text: 'Calm under questions.' },
          { rubricName: 'Email', assessor: 'Dana', text: 'Three sentences, all useful.' },
        ],
      }),
      row('Cy', {
        shares: [0.95, 0.63], scorecards: [1, 1], overallShare: 0.79, spread: 0.1, lead: 0.02, decisive: false, submitted: 2,
        recommendations: { strongNo: 0, no: 1, yes: 1, strongYes: 0 },
        takeaways: [{ rubricName: 'Presentation', assessor: 'Mo', text: 'Ran far over time.' }],
      }),
      row('Ann', { shares: [0.77, null], scorecards: [1, 0], overallShare: 0.77, submitted: 1, hiddenUntilSubmitted: true }),
      row('Zed'),
    ],
  };
}

beforeEach(() => {
  vi.resetAllMocks();
  mocked.compareCandidates.mockImplementation(() => ok(comparison()));
});

const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]).getAllByRole('row');
const names = () => bodyRows().map((r) => within(r).getByRole('rowheader').querySelector('a')!.textContent);
const header = (name: RegExp) => screen.getByRole('columnheader', { name });

describe('comparing the candidates for an opening', () => {
  test('ranks them as the backend does, with the scorecards behind each figure', async () => {
    render(ComparePage, { opening: 'AE' });
    await screen.findByRole('table');
    expect(names()).toEqual(['Dorothy', 'Cy', 'Ann', 'Zed']);
    const [dorothy, , ann, zed] = bodyRows();
    const cells = within(dorothy).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(/^1$/);
    expect(cells[2]).toHaveTextContent('80% · 2 scorecards');
    expect(cells[3]).toHaveTextContent('90% · 1 scorecard');
    expect(cells[4]).toHaveTextContent('85% · 3 scorecards');
    expect(within(zed).getAllByRole('cell')[0]).toHaveTextContent('not ranked');
    expect(header(/Rank/)).toHaveAttribute('aria-sort', 'ascending');
    // The hidden-until-submitted marker stays, next to the figures that can be seen.
    expect(within(ann).getByRole('rowheader')).toHaveTextContent('Some scores hidden until you submit your own scorecard');
    expect(within(ann).getAllByRole('cell')[2]).toHaveTextContent('77% · 1 scorecard');
  });

  test('a lead is decisive in words only when the backend says it is wider than the spread', async () => {
    render(ComparePage, { opening: 'AE' });
    await screen.findByRole('table');
    const [dorothy, cy, , zed] = bodyRows();
    expect(within(dorothy).getAllByRole('cell')[5]).toHaveTextContent(/^Leads by 6 pts$/);
    expect(within(cy).getAllByRole('cell')[5]).toHaveTextContent(/^Within the assessors' spread$/);
    expect(within(zed).getAllByRole('cell')[5]).toHaveTextContent(/^$/);
  });

  test('columns sort by their header buttons, and aria-sort says how', async () => {
    render(ComparePage, { opening: 'AE' });
    await screen.findByRole('table');

    await userEvent.click(within(header(/Candidate/)).getByRole('button'));
    expect(names()).toEqual(['Ann', 'Cy', 'Dorothy', 'Zed']);
    expect(header(/Candidate/)).toHaveAttribute('aria-sort', 'ascending');
    expect(header(/Rank/)).not.toHaveAttribute('aria-sort');

    await userEvent.click(within(header(/Candidate/)).getByRole('button'));
    expect(names()).toEqual(['Zed', 'Dorothy', 'Cy', 'Ann']);
    expect(header(/Candidate/)).toHaveAttribute('aria-sort', 'descending');

    // With the keyboard: an exercise sorts best first, candidates without a figure last.
    within(header(/Presentation/)).getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    expect(names()).toEqual(['Cy', 'Dorothy', 'Ann', 'Zed']);
    expect(header(/Presentation/)).toHaveAttribute('aria-sort', 'descending');
    await userEvent.keyboard('{Enter}');
    expect(names()).toEqual(['Ann', 'Dorothy', 'Cy', 'Zed']);
    expect(header(/Presentation/)).toHaveAttribute('aria-sort', 'ascending');

    await userEvent.click(within(header(/Email/)).getByRole('button'));
    expect(names()).toEqual(['Dorothy', 'Cy', 'Ann', 'Zed']);
    expect(screen.getByRole('table')).toHaveAccessibleName(/sorted by Email, descending/);

    // Back to the ranking.
    await userEvent.click(within(header(/Rank/)).getByRole('button'));
    expect(names()).toEqual(['Dorothy', 'Cy', 'Ann', 'Zed']);
  });

  test('the takeaways sit side by side, one column per candidate, by exercise', async () => {
    render(ComparePage, { opening: 'AE' });
    await screen.findByRole('table');
    const dorothy = screen.getByRole('region', { name: 'Takeaways on Dorothy' });
    expect(within(dorothy).getByRole('heading', { name: 'Presentation' })).toBeInTheDocument();
    expect(dorothy).toHaveTextContent('Mo: Calm under questions.');
    expect(dorothy).toHaveTextContent('Dana: Three sentences, all useful.');
    expect(screen.getByRole('region', { name: 'Takeaways on Cy' })).toHaveTextContent('Mo: Ran far over time.');
    expect(screen.getByRole('region', { name: 'Takeaways on Zed' })).toHaveTextContent('No takeaways you can see yet.');
    const columns = screen.getAllByRole('region', { name: /^Takeaways on / }).map((r) => r.getAttribute('aria-label'));
    expect(columns).toEqual(['Takeaways on Dorothy', 'Takeaways on Cy', 'Takeaways on Ann', 'Takeaways on Zed']);
  });

  test('with no candidates it says what the page is for and offers to add one', async () => {
    mocked.compareCandidates.mockImplementation(() => ok({ opening: 'AE', rubrics: [], rows: [] }));
    render(ComparePage, { opening: 'AE' });
    expect(await screen.findByText(/ranks the candidates for AE side by side/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a candidate' })).toHaveAttribute('href', '#/candidates/new');
    expect(screen.queryByRole('group', { name: 'Comparison' })).not.toBeInTheDocument();
  });

  test('the comparison of the opening is printed from here', async () => {
    mocked.printDocument.mockImplementation(() => ok('/tmp/comparison.pdf'));
    render(ComparePage, { opening: 'AE' });
    const actions = await screen.findByRole('group', { name: 'Comparison' });
    expect(within(actions).getByRole('button', { name: 'Save as PDF…' })).toHaveAttribute('data-testid', 'save-pdf-comparison');
    await userEvent.click(within(actions).getByRole('button', { name: 'Print…' }));
    expect(mocked.printDocument).toHaveBeenCalledWith({ kind: 'comparison', opening: 'AE' });
  });
});
