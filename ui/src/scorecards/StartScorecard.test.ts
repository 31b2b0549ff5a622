import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import StartScorecard from './StartScorecard.svelte';
import { commands, type RubricSummary, type Settings } from '../lib/bindings';
import { fail, ok, scorecard } from '../test/fixtures';
import { toasts } from '../lib/toasts.svelte';

vi.mock('../lib/bindings', () => ({
  commands: {
    listRubrics: vi.fn(),
    getSettings: vi.fn(),
    updateSettings: vi.fn(),
    startScorecard: vi.fn(),
  },
}));

const mocked = vi.mocked(commands);

const rubric = (id: string, name: string, kind: RubricSummary['kind']) =>
  ({ id, name, kind }) as unknown as RubricSummary;
const settings = (assessorName: string | null): Settings => ({ assessorName, mode: 'manager', me: null, reminders: true, shareGoal: false });

beforeEach(() => {
  vi.resetAllMocks();
  toasts.items = [];
  window.location.hash = '#/people/cy';
  mocked.listRubrics.mockImplementation(() =>
    ok([rubric('pres', 'Eight-minute presentation', 'presentation'), rubric('email', 'Short written email', 'written_exercise')]),
  );
  mocked.getSettings.mockImplementation(() => ok(settings('Ana')));
  mocked.startScorecard.mockImplementation(() => ok(scorecard({ id: 'card-9' })));
  mocked.updateSettings.mockImplementation((input) => ok(settings(input.assessorName)));
});

const nameField = () => screen.getByRole('textbox', { name: /Your name/ });

describe('starting a scorecard', () => {
  test('with a name in Settings, it starts signed with it and opens the scorecard', async () => {
    render(StartScorecard, { personId: 'cy' });
    await waitFor(() => expect(nameField()).toHaveValue('Ana'));
    await userEvent.click(screen.getByRole('button', { name: 'Score an exercise' }));
    expect(mocked.updateSettings).not.toHaveBeenCalled();
    expect(mocked.startScorecard).toHaveBeenCalledWith({ personId: 'cy', rubricId: 'pres', assessor: 'Ana', scoredOn: null });
    await waitFor(() => expect(window.location.hash).toBe('#/scorecards/card-9'));
  });

  test('the first time, it asks for the name, saves it in Settings, then starts', async () => {
    mocked.getSettings.mockImplementation(() => ok(settings(null)));
    render(StartScorecard, { personId: 'cy' });
    expect(await screen.findByText(/Scoring needs your name/)).toBeInTheDocument();
    expect(nameField()).toHaveAccessibleDescription(/saved in Settings/);
    await userEvent.type(nameField(), ' Ana {Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/scorecards/card-9'));
    expect(mocked.updateSettings).toHaveBeenCalledWith({ assessorName: 'Ana' });
    expect(mocked.updateSettings.mock.invocationCallOrder[0]).toBeLessThan(mocked.startScorecard.mock.invocationCallOrder[0]);
    expect(mocked.startScorecard).toHaveBeenCalledWith(expect.objectContaining({ assessor: 'Ana' }));
  });

  test('without a name the backend’s message shows under the name field, and nothing is saved', async () => {
    mocked.getSettings.mockImplementation(() => ok(settings(null)));
    mocked.startScorecard.mockImplementation(() =>
      fail({ field: 'assessor', message: "Who is scoring? Type the assessor's name, or set yours in Settings." }),
    );
    render(StartScorecard, { personId: 'cy' });
    await screen.findByText(/Scoring needs your name/);
    await userEvent.click(screen.getByRole('button', { name: 'Score an exercise' }));
    const message = await screen.findByText(/Who is scoring\?/);
    expect(message).toHaveAttribute('id', 'start-assessor-error');
    expect(nameField()).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(nameField()).toHaveFocus());
    expect(mocked.updateSettings).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#/people/cy');
  });

  test('a name Settings refuses is explained under the field, and scoring does not start', async () => {
    mocked.getSettings.mockImplementation(() => ok(settings(null)));
    mocked.updateSettings.mockImplementation(() => fail({ field: 'assessorName', message: 'A name is at most 80 characters.' }));
    render(StartScorecard, { personId: 'cy' });
    await screen.findByText(/Scoring needs your name/);
    await userEvent.type(nameField(), 'Ana{Enter}');
    expect(await screen.findByText('A name is at most 80 characters.')).toHaveAttribute('id', 'start-assessor-error');
    expect(mocked.startScorecard).not.toHaveBeenCalled();
  });

  test('a different name is saved as this machine’s assessor before starting, and says so first', async () => {
    render(StartScorecard, { personId: 'cy' });
    await waitFor(() => expect(nameField()).toHaveValue('Ana'));
    await userEvent.clear(nameField());
    await userEvent.type(nameField(), 'Ben');
    expect(nameField()).toHaveAccessibleDescription(/Starting saves Ben as your name in Settings/);
    await userEvent.click(screen.getByRole('button', { name: 'Score an exercise' }));
    await waitFor(() => expect(mocked.startScorecard).toHaveBeenCalledWith(expect.objectContaining({ assessor: 'Ben' })));
    expect(mocked.updateSettings).toHaveBeenCalledWith({ assessorName: 'Ben' });
  });

  test('a rubric this viewer may no longer score says why and cannot be started', async () => {
    const reason = 'You revealed the panel’s scores: you no longer score this exercise.';
    render(StartScorecard, { personId: 'cy', unavailable: { email: reason } });
    const select = await screen.findByRole('combobox', { name: 'Rubric' });
    await waitFor(() => expect(select).toHaveValue('pres'));
    expect(screen.getByRole('button', { name: 'Score an exercise' })).toBeEnabled();
    await userEvent.selectOptions(select, 'email');
    expect(select).toHaveAccessibleDescription(reason);
    expect(screen.getByRole('option', { name: /Short written email/ })).toHaveTextContent('not yours to score');
    expect(screen.getByRole('button', { name: 'Score an exercise' })).toBeDisabled();
    await userEvent.type(nameField(), '{Enter}');
    expect(mocked.startScorecard).not.toHaveBeenCalled();
  });

  test('a message for no field becomes a notice', async () => {
    mocked.startScorecard.mockImplementation(() => fail({ kind: 'storage', message: 'disk I/O error' }));
    render(StartScorecard, { personId: 'cy' });
    await waitFor(() => expect(nameField()).toHaveValue('Ana'));
    await userEvent.click(screen.getByRole('button', { name: 'Score an exercise' }));
    await waitFor(() => expect(toasts.items.map((t) => t.message)).toContain('disk I/O error'));
  });
});
