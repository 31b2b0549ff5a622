import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import CriterionRow from './CriterionRow.svelte';
import type { CoachabilityEvidence, Criterion } from '../lib/bindings';

const preparation: Criterion = {
  id: 'c1',
  name: 'Preparation',
  description: 'Signs of rehearsal.',
  weight: 1.5,
  anchors: ['Improvised.', 'Rough outline.', 'Workable plan.', 'Well prepared.', 'Thoroughly prepared.'],
  tag: null,
};

type Props = Partial<{ score: number | null; note: string; locked: boolean; evidence: CoachabilityEvidence | null }>;

function setup(props: Props = {}) {
  const onscore = vi.fn();
  const onnote = vi.fn();
  const view = render(CriterionRow, { criterion: preparation, index: 0, score: null, note: '', onscore, onnote, ...props });
  return { onscore, onnote, view, row: screen.getByRole('group', { name: 'Preparation' }) };
}

/** Like the scoring page: each score the row asks for comes back as its new score. */
function setupSaving(score: number | null = null) {
  const { onscore, view, row } = setup({ score });
  onscore.mockImplementation((s: number | null) => view.rerender({ score: s }));
  return { onscore, row };
}

const level = (n: number) => screen.getByRole('radio', { name: new RegExp(`^${n}:`) });

describe('a criterion row in the scoring form', () => {
  test('shows the scale as buttons and marks the row as not scored', () => {
    setup();
    const scale = screen.getByRole('radiogroup', { name: 'Score for Preparation' });
    expect(scale.querySelectorAll('button')).toHaveLength(5);
    expect(screen.getByText('Not scored')).toBeInTheDocument();
  });

  test('clicking a level scores it; clicking the chosen level clears it', async () => {
    const { onscore } = setup({ score: 4 });
    await userEvent.click(screen.getByRole('radio', { name: /^2:/ }));
    expect(onscore).toHaveBeenLastCalledWith(2);
    await userEvent.click(screen.getByRole('radio', { name: /^4:/ }));
    expect(onscore).toHaveBeenLastCalledWith(null);
  });

  test('the chosen level’s anchor text is shown under the row', () => {
    setup({ score: 4 });
    expect(screen.getByRole('radio', { name: /^4:/ })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('Well prepared.')).toBeInTheDocument();
  });

  test('hovering a level previews its anchor', async () => {
    setup({ score: 1 });
    await userEvent.hover(screen.getByRole('radio', { name: /^5:/ }));
    expect(screen.getByText('Thoroughly prepared.')).toBeInTheDocument();
  });

  test('digit keys score the focused row and keys past the scale are ignored', async () => {
    const { onscore, row } = setup();
    row.focus();
    await userEvent.keyboard('3');
    expect(onscore).toHaveBeenLastCalledWith(3);
    await userEvent.keyboard('7');
    expect(onscore).toHaveBeenCalledTimes(1);
  });

  test('a note is saved when it loses focus', async () => {
    const { onnote } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Add a note' }));
    await userEvent.type(screen.getByLabelText('Note on Preparation'), 'Had a backup slide.');
    await userEvent.tab();
    expect(onnote).toHaveBeenCalledWith('Had a backup slide.');
  });

  test('a locked row cannot be changed', async () => {
    const { onscore, row } = setup({ score: 3, locked: true });
    row.focus();
    await userEvent.keyboard('5');
    expect(onscore).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: /^5:/ })).toBeDisabled();
  });

  test('Tab enters the scale once, at the chosen level', async () => {
    setup({ score: 4 });
    await userEvent.tab();
    expect(level(4)).toHaveFocus();
    expect(screen.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toEqual([level(4)]);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Add a note' })).toHaveFocus();
  });

  test('with nothing chosen, Tab enters the scale at the first level', async () => {
    setup();
    await userEvent.tab();
    expect(level(1)).toHaveFocus();
    expect(level(1)).toHaveAttribute('aria-checked', 'false');
  });

  test('arrow keys move through the levels and choose each one, wrapping at the ends', async () => {
    const { onscore } = setupSaving(4);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    expect(onscore).toHaveBeenLastCalledWith(5);
    expect(level(5)).toHaveFocus();
    expect(level(5)).toHaveAttribute('aria-checked', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(onscore).toHaveBeenLastCalledWith(1);
    expect(level(1)).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(onscore).toHaveBeenLastCalledWith(5);
    await userEvent.keyboard('{ArrowUp}');
    expect(onscore).toHaveBeenLastCalledWith(4);
    expect(level(4)).toHaveFocus();
    expect(screen.getByText('Well prepared.')).toBeInTheDocument();
  });

  test('a digit typed in the scale scores the row and takes the focus to that level', async () => {
    const { onscore } = setupSaving(null);
    await userEvent.tab();
    await userEvent.keyboard('3');
    expect(onscore).toHaveBeenLastCalledWith(3);
    expect(level(3)).toHaveFocus();
  });

  test('Space chooses the focused level and never clears it', async () => {
    const { onscore } = setupSaving(2);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(onscore).not.toHaveBeenCalled();
    expect(level(2)).toHaveAttribute('aria-checked', 'true');
  });

  test('the focused level shows its anchor, as hovering does, and the chosen one returns on leaving', async () => {
    setup({ score: 1 });
    expect(screen.getByText('Improvised.')).toBeInTheDocument();
    level(3).focus();
    expect(await screen.findByText('Workable plan.')).toBeInTheDocument();
    expect(screen.queryByText('Improvised.')).not.toBeInTheDocument();
    level(3).blur();
    expect(await screen.findByText('Improvised.')).toBeInTheDocument();
  });

  test('arrow keys change nothing on a locked row', async () => {
    const { onscore } = setup({ score: 3, locked: true });
    await userEvent.tab();
    expect(level(3)).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onscore).not.toHaveBeenCalled();
    expect(level(3)).toHaveFocus();
  });

  test('coachability evidence is shown beside the score, as evidence in words', () => {
    const evidence: CoachabilityEvidence = { criterionId: 'c1', change: 3, compared: 4, verdict: 'improved' };
    const { view } = setup({ evidence });
    const note = screen.getByTestId('coachability-evidence');
    expect(note).toHaveTextContent('+3 points across 4 criteria after coaching');
    expect(note).toHaveTextContent('The score is still yours to give.');
    view.rerender({ evidence: { ...evidence, change: 0, verdict: 'unchanged' } });
    expect(note).toHaveTextContent('No change after coaching, across 4 criteria');
    view.rerender({ evidence: { ...evidence, change: -2, compared: 1, verdict: 'worse' } });
    expect(note).toHaveTextContent('Scored 2 points lower after coaching, across 1 criterion');
    // The assessor still picks: nothing is chosen for them.
    expect(screen.getByText('Not scored')).toBeInTheDocument();
  });

  test('no evidence, no note', () => {
    setup();
    expect(screen.queryByTestId('coachability-evidence')).not.toBeInTheDocument();
  });
});
