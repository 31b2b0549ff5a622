import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import ScorecardPage from './ScorecardPage.svelte';
import { commands } from '../lib/bindings';
import { fail, ok, scorecard } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    getScorecard: vi.fn(),
    setScore: vi.fn(),
    updateScorecard: vi.fn(),
    submitScorecard: vi.fn(),
    controlTimer: vi.fn(),
  },
}));

const mocked = vi.mocked(commands);

beforeEach(() => {
  vi.resetAllMocks();
  mocked.getScorecard.mockImplementation(() => ok(scorecard()));
});

describe('the scoring form', () => {
  test('scoring a row saves that criterion in the current round and shows the new total', async () => {
    const scored = scorecard();
    scored.rounds[0].scores[0].score = 4;
    scored.rounds[0].total = { share: 0.8, scored: 1, missing: 1 };
    mocked.setScore.mockImplementation(() => ok(scored));
    render(ScorecardPage, { id: 'card-1' });

    await userEvent.click(await screen.findByRole('radio', { name: /^4: a4/ }));

    expect(mocked.setScore).toHaveBeenCalledWith('card-1', { round: 1, criterionId: 'c1', score: 4, note: '' });
    expect(await screen.findByTestId('scorecard-total')).toHaveTextContent('80% (1 not scored)');
    expect(screen.getByText('Saved')).toBeInTheDocument();
  });

  test('submitting without a recommendation shows the message by the recommendation', async () => {
    mocked.submitScorecard.mockImplementation(() =>
      fail({ field: 'recommendation', message: 'Choose a recommendation before submitting an interview scorecard.' }),
    );
    render(ScorecardPage, { id: 'card-1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Submit scorecard' }));
    expect(await screen.findByText(/Choose a recommendation/)).toHaveAttribute('id', 'recommendation-error');
  });

  test('choosing a recommendation saves the details', async () => {
    mocked.updateScorecard.mockImplementation(() => ok(scorecard({ recommendation: 'yes' })));
    render(ScorecardPage, { id: 'card-1' });
    await userEvent.click(await screen.findByRole('radio', { name: 'Yes' }));
    await waitFor(() => expect(mocked.updateScorecard).toHaveBeenCalled());
    expect(mocked.updateScorecard.mock.calls[0][1]).toMatchObject({ recommendation: 'yes', assessor: 'Mo', scoredOn: '2026-11-20' });
  });

  test('a submitted scorecard is read-only and offers an amendment', async () => {
    mocked.getScorecard.mockImplementation(() =>
      ok(scorecard({ status: 'submitted', submittedAt: '2026-11-20T11:00:00Z', recommendation: 'strong_yes' })),
    );
    render(ScorecardPage, { id: 'card-1' });
    expect(await screen.findByRole('button', { name: 'Amend…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit scorecard' })).not.toBeInTheDocument();
    expect(screen.getByText('Strong yes')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^1: a1/ })).toBeDisabled();
  });

  test('another assessor’s hidden scorecard explains why it cannot be seen', async () => {
    mocked.getScorecard.mockImplementation(() =>
      fail({ kind: 'conflict', message: 'Submit your own scorecard for Cy Young first: other assessors’ scores stay hidden until you do.' }),
    );
    render(ScorecardPage, { id: 'card-1' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Submit your own scorecard for Cy Young first');
  });

  test('the hidden-scores note names this exercise: the rule is per exercise', async () => {
    render(ScorecardPage, { id: 'card-1' });
    const note = await screen.findByTestId('submit-note');
    expect(note).toHaveTextContent("Other assessors' scores for Cy Young on Pitch stay hidden from you until you do");
  });

  test('a rep’s scorecard says nothing of hidden scores', async () => {
    mocked.getScorecard.mockImplementation(() => ok(scorecard({ personRole: 'rep', personName: 'Ada' })));
    render(ScorecardPage, { id: 'card-1' });
    expect(await screen.findByTestId('submit-note')).toHaveTextContent(/^Submitting locks it\.$/);
  });

  test('coachability evidence from the rounds sits next to the coachability criterion only', async () => {
    const card = scorecard({ coachability: { criterionId: 'c2', change: -2, compared: 1, verdict: 'worse' } });
    card.rubric.criteria[1].tag = 'coachability';
    mocked.getScorecard.mockImplementation(() => ok(card));
    render(ScorecardPage, { id: 'card-1' });
    const evidence = await screen.findByTestId('coachability-evidence');
    expect(evidence.closest('[data-criterion-row]')).toBe(screen.getByRole('group', { name: 'Energy' }));
    expect(evidence).toHaveTextContent('Scored 2 points lower after coaching');
    expect(screen.getAllByTestId('coachability-evidence')).toHaveLength(1);
  });

  test('the assessor is shown, not edited: a renamed draft would vanish from its own author', async () => {
    render(ScorecardPage, { id: 'card-1' });
    const assessor = await screen.findByRole('textbox', { name: 'Assessor' });
    expect(assessor).toHaveValue('Mo');
    expect(assessor).toHaveAttribute('readonly');
    await userEvent.type(assessor, 'x');
    expect(assessor).toHaveValue('Mo');
  });
});
