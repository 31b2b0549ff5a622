import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import CriterionRow from './CriterionRow.svelte';
import type { Criterion } from '../lib/bindings';

const preparation: Criterion = {
  id: 'c1',
  name: 'Preparation',
  description: 'Signs of rehearsal.',
  weight: 1.5,
  anchors: ['Improvised.', 'Rough outline.', 'Workable plan.', 'Well prepared.', 'Thoroughly prepared.'],
  tag: null,
};

function setup(props: Partial<{ score: number | null; note: string; locked: boolean }> = {}) {
  const onscore = vi.fn();
  const onnote = vi.fn();
  render(CriterionRow, { criterion: preparation, index: 0, score: null, note: '', onscore, onnote, ...props });
  return { onscore, onnote, row: screen.getByRole('group', { name: 'Preparation' }) };
}

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
});
