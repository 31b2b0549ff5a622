import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import CandidateInterviews from './CandidateInterviews.svelte';
import {
  commands,
  type CandidateOverview,
  type Exercise,
  type RubricSummary,
  type ScorecardSummary,
} from '../lib/bindings';
import { toasts } from '../lib/toasts.svelte';
import { fail, ok, person } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    candidateOverview: vi.fn(),
    strengthProfile: vi.fn(),
    revealPanelScores: vi.fn(),
    listRubrics: vi.fn(),
    getSettings: vi.fn(),
    updateSettings: vi.fn(),
    startScorecard: vi.fn(),
    saveDocument: vi.fn(),
    printDocument: vi.fn(),
  },
}));

const mocked = vi.mocked(commands);
const cy = person({ id: 'cy', role: 'candidate', name: 'Cy Young', opening: 'Account Executive', stage: 'interviewing' });
const TAKEAWAY = 'Crisp opening line; named the buyer’s problem first.';

function card(overrides: Partial<ScorecardSummary> = {}): ScorecardSummary {
  return {
    id: 'ana-card', personId: 'cy', rubricId: 'email', rubricVersionId: 'email-v1', rubricName: 'Short written email',
    rubricKind: 'written_exercise', version: 1, assessor: 'Ana', scoredOn: '2026-11-20', status: 'submitted', rounds: 1,
    hidden: false, recommendation: 'strong_yes', total: { share: 0.8, scored: 5, missing: 0 }, timing: null, takeaways: TAKEAWAY,
    ...overrides,
  };
}

/** Ana's submitted scorecard as a viewer who has not submitted sees it. */
const hiddenCard = () => card({ hidden: true, recommendation: null, total: null, takeaways: '', rounds: 0 });

function exercise(overrides: Partial<Exercise> = {}): Exercise {
  return {
    rubricId: 'email', rubricName: 'Short written email', kind: 'written_exercise', scorecards: [card()], averageShare: 0.8,
    criteria: [{ name: 'Voice', scaleMax: 5, scores: [{ assessor: 'Ana', score: 4 }], average: 4, spread: 0, disagreement: false, timing: null }],
    blind: false, revealed: false,
    ...overrides,
  };
}

const blindExercise = (overrides: Partial<Exercise> = {}) =>
  exercise({ blind: true, scorecards: [hiddenCard()], averageShare: null, criteria: [{ name: 'Voice', scaleMax: 5, scores: [], average: null, spread: null, disagreement: false, timing: null }], ...overrides });

function overview(exercises: Exercise[], overrides: Partial<CandidateOverview> = {}): CandidateOverview {
  const shown = exercises.flatMap((e) => e.scorecards).filter((s) => !s.hidden && s.status === 'submitted');
  return {
    exercises,
    overallShare: shown.length ? 0.8 : null,
    recommendations: { strongNo: 0, no: 0, yes: 0, strongYes: shown.length },
    submitted: shown.length,
    hiddenUntilSubmitted: exercises.some((e) => e.scorecards.some((s) => s.hidden)),
    ...overrides,
  };
}

beforeEach(() => {
  vi.resetAllMocks();
  window.location.hash = '#/people/cy';
  mocked.strengthProfile.mockImplementation(() => ok({ rubricId: 'email', rubricName: 'Short written email', rows: [] }));
  mocked.listRubrics.mockImplementation(() =>
    ok([
      { id: 'email', name: 'Short written email', kind: 'written_exercise' },
      { id: 'pres', name: 'Eight-minute presentation', kind: 'presentation' },
    ] as unknown as RubricSummary[]),
  );
  mocked.getSettings.mockImplementation(() => ok({ assessorName: 'Ben', mode: 'manager', me: null, reminders: true, shareGoal: false }));
});

const BLIND = "Other assessors' scores for this exercise stay hidden until you submit your own scorecard for it.";

describe('blind scoring on the candidate page', () => {
  test('before the viewer submits, another assessor’s scorecard shows who scored it and nothing of its scores', async () => {
    mocked.candidateOverview.mockImplementation(() => ok(overview([blindExercise()])));
    render(CandidateInterviews, { person: cy });

    const ex = await screen.findByRole('article', { name: /Short written email/ });
    expect(within(ex).getByText(BLIND)).toBeInTheDocument();
    const row = within(ex).getByRole('row', { name: /^Ana\b/ });
    expect(row).toHaveTextContent('Scores hidden until you submit yours');
    expect(row.textContent).not.toMatch(/\d+%|Strong yes/);
    expect(within(row).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByText(TAKEAWAY)).not.toBeInTheDocument();
    expect(within(ex).queryByText(/average/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Reveal the panel's scores" })).toBeInTheDocument();
    // The old whole-page draft notice is gone.
    expect(screen.queryByText(/is still a draft/)).not.toBeInTheDocument();
  });

  test('once the viewer has submitted, the panel’s figures, recommendations and takeaways show', async () => {
    mocked.candidateOverview.mockImplementation(() =>
      ok(overview([exercise({ scorecards: [card(), card({ id: 'ben-card', assessor: 'Ben', takeaways: '' })] })])),
    );
    render(CandidateInterviews, { person: cy });

    const ex = await screen.findByRole('article', { name: /Short written email/ });
    expect(within(ex).queryByText(BLIND)).not.toBeInTheDocument();
    expect(within(ex).getByText('· average 80%')).toBeInTheDocument();
    const row = within(ex).getByRole('row', { name: /^Ana\b/ });
    expect(row).toHaveTextContent('80%');
    expect(row).toHaveTextContent('Strong yes');
    expect(within(row).getByRole('link', { name: 'Ana' })).toHaveAttribute('href', '#/scorecards/ana-card');
    const takeaways = within(ex).getByRole('region', { name: 'Key takeaways on Short written email' });
    expect(takeaways).toHaveTextContent(`Ana: ${TAKEAWAY}`);
    expect(within(takeaways).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: "Reveal the panel's scores" })).not.toBeInTheDocument();
  });

  test('each exercise has its own rule: one can be open while another stays blind', async () => {
    mocked.candidateOverview.mockImplementation(() =>
      ok(overview([exercise(), blindExercise({ rubricId: 'pres', rubricName: 'Eight-minute presentation', scorecards: [hiddenCard()] })])),
    );
    render(CandidateInterviews, { person: cy });
    const open = await screen.findByRole('article', { name: /Short written email/ });
    const blind = screen.getByRole('article', { name: /Eight-minute presentation/ });
    expect(within(open).queryByText(BLIND)).not.toBeInTheDocument();
    expect(within(blind).getByText(BLIND)).toBeInTheDocument();
    expect(screen.getByTestId('candidate-summary')).toHaveTextContent('Scores still hidden from you are left out.');
  });

  test('with a draft of their own on the exercise, the viewer is not offered a reveal', async () => {
    const mine = card({ id: 'ben-draft', assessor: 'Ben', status: 'draft', recommendation: null, total: { share: null, scored: 0, missing: 5 }, takeaways: '' });
    mocked.candidateOverview.mockImplementation(() => ok(overview([blindExercise({ scorecards: [mine, hiddenCard()] })])));
    render(CandidateInterviews, { person: cy });
    const ex = await screen.findByRole('article', { name: /Short written email/ });
    expect(within(ex).getByText(BLIND)).toBeInTheDocument();
    expect(within(ex).getByRole('link', { name: 'Ben' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Reveal the panel's scores" })).not.toBeInTheDocument();
  });

  test('revealing asks first: Esc cancels, nothing is recorded, and focus returns to the button', async () => {
    mocked.candidateOverview.mockImplementation(() => ok(overview([blindExercise()])));
    render(CandidateInterviews, { person: cy });
    const button = await screen.findByRole('button', { name: "Reveal the panel's scores" });
    await userEvent.click(button);

    const dialog = screen.getByRole('dialog', { name: "Reveal the panel's scores for Short written email?" });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/recorded under your name, and you will no longer be able to score this exercise/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    // Focus stays in the dialog.
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Reveal and stop scoring it' })).toHaveFocus();
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(button).toHaveFocus());
    expect(mocked.revealPanelScores).not.toHaveBeenCalled();
  });

  test('confirming reveals the panel’s scores, says the viewer no longer scores it, and takes the rubric off the start form', async () => {
    mocked.candidateOverview.mockImplementation(() => ok(overview([blindExercise()])));
    mocked.revealPanelScores.mockImplementation(() => ok(overview([exercise({ revealed: true })])));
    render(CandidateInterviews, { person: cy });
    await userEvent.click(await screen.findByRole('button', { name: "Reveal the panel's scores" }));
    await userEvent.click(screen.getByRole('button', { name: 'Reveal and stop scoring it' }));

    expect(mocked.revealPanelScores).toHaveBeenCalledWith('cy', 'email');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const ex = screen.getByRole('article', { name: /Short written email/ });
    const notice = within(ex).getByText("You revealed the panel's scores: you no longer score this exercise.");
    await waitFor(() => expect(notice).toHaveFocus());
    expect(within(ex).getByRole('row', { name: /^Ana\b/ })).toHaveTextContent('80%');
    expect(within(ex).getByText(`${TAKEAWAY}`)).toBeInTheDocument();
    expect(within(ex).queryByText(BLIND)).not.toBeInTheDocument();

    const select = screen.getByRole('combobox', { name: 'Rubric' });
    await waitFor(() => expect(select).toHaveValue('email'));
    expect(select).toHaveAccessibleDescription("You revealed the panel's scores: you no longer score this exercise.");
    expect(screen.getByRole('button', { name: 'Start a scorecard' })).toBeDisabled();
    await userEvent.selectOptions(select, 'pres');
    expect(screen.getByRole('button', { name: 'Start a scorecard' })).toBeEnabled();
  });

  test('a refused reveal explains itself in the dialog, which stays open', async () => {
    mocked.candidateOverview.mockImplementation(() => ok(overview([blindExercise()])));
    mocked.revealPanelScores.mockImplementation(() =>
      fail({ field: 'assessorName', message: 'Set your name in Settings first: the reveal is recorded under it.' }),
    );
    render(CandidateInterviews, { person: cy });
    await userEvent.click(await screen.findByRole('button', { name: "Reveal the panel's scores" }));
    await userEvent.click(screen.getByRole('button', { name: 'Reveal and stop scoring it' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Set your name in Settings first');
    expect(screen.getByText(BLIND)).toBeInTheDocument();
  });
});

describe("the candidate's documents", () => {
  test('the packet and the kit of the exercises they are scored on are made from here', async () => {
    mocked.candidateOverview.mockImplementation(() => ok(overview([exercise()])));
    mocked.saveDocument.mockImplementation(() => ok('/home/me/Candidate packet Cy Young.pdf'));
    mocked.printDocument.mockImplementation(() => ok('/tmp/kit.pdf'));
    render(CandidateInterviews, { person: cy });
    await screen.findByRole('article', { name: /Short written email/ });

    const packet = screen.getByRole('group', { name: 'Candidate packet' });
    expect(within(packet).getByRole('button', { name: 'Print…' })).toHaveAttribute('data-testid', 'print-pdf-packet');
    await userEvent.click(within(packet).getByRole('button', { name: 'Save as PDF…' }));
    expect(mocked.saveDocument).toHaveBeenCalledWith({ kind: 'candidatePacket', candidateId: 'cy' });

    const kit = screen.getByRole('group', { name: 'Interview kit' });
    expect(within(kit).getByRole('button', { name: 'Save as PDF…' })).toHaveAttribute('data-testid', 'save-pdf-kit');
    await userEvent.click(within(kit).getByRole('button', { name: 'Print…' }));
    expect(mocked.printDocument).toHaveBeenCalledWith({ kind: 'interviewKit', rubricIds: [], candidateId: 'cy' });
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  test('with no scorecards yet, the exercises for the kit are chosen first', async () => {
    mocked.candidateOverview.mockImplementation(() => ok(overview([])));
    mocked.saveDocument.mockImplementation(() => ok(null));
    render(CandidateInterviews, { person: cy });
    await screen.findByText(/No scorecards yet/);
    const save = screen.getByTestId('save-pdf-kit');
    await userEvent.click(save);

    const dialog = await screen.findByRole('alertdialog', { name: 'Interview kit for Cy Young' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make the kit' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Choose at least one exercise for the interview kit.');
    expect(mocked.saveDocument).not.toHaveBeenCalled();

    await userEvent.click(await within(dialog).findByRole('checkbox', { name: /Eight-minute presentation/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Short written email/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make the kit' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    // In the rubric library's order, whatever the order they were ticked in.
    await waitFor(() => expect(mocked.saveDocument).toHaveBeenCalledWith({ kind: 'interviewKit', rubricIds: ['email', 'pres'], candidateId: 'cy' }));
    await waitFor(() => expect(save).toHaveFocus());
  });

  test('choosing the exercises can be cancelled: nothing is made', async () => {
    mocked.candidateOverview.mockImplementation(() => ok(overview([])));
    render(CandidateInterviews, { person: cy });
    await screen.findByText(/No scorecards yet/);
    await userEvent.click(screen.getByTestId('print-pdf-kit'));
    await screen.findByRole('alertdialog');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(mocked.printDocument).not.toHaveBeenCalled();
    expect(screen.getByTestId('print-pdf-kit')).toBeEnabled();
  });

  test("the backend's refusal is shown", async () => {
    mocked.candidateOverview.mockImplementation(() => ok(overview([exercise()])));
    mocked.printDocument.mockImplementation(() => fail({ field: 'rubricIds', message: 'Choose at least one exercise for the interview kit.' }));
    for (const t of [...toasts.items]) toasts.dismiss(t.id);
    render(CandidateInterviews, { person: cy });
    await screen.findByRole('article', { name: /Short written email/ });
    await userEvent.click(screen.getByTestId('print-pdf-kit'));
    await waitFor(() => expect(toasts.items.map((t) => t.message)).toEqual(['Choose at least one exercise for the interview kit.']));
  });

  test('a hired rep\'s interview history offers no candidate documents', async () => {
    mocked.candidateOverview.mockImplementation(() => ok(overview([exercise()])));
    render(CandidateInterviews, { person: { ...cy, role: 'rep', stage: 'hired' } });
    await screen.findByRole('article', { name: /Short written email/ });
    expect(screen.queryByRole('group', { name: 'Candidate packet' })).not.toBeInTheDocument();
  });
});
