import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { describe, expect, test, vi } from 'vitest';
import ConfirmDialog from './ConfirmDialog.svelte';
import { ApiFailure } from '../lib/api';

const body = createRawSnippet(() => ({ render: () => '<p>Its notes go to the trash too.</p>' }));

function open(props: { onconfirm?: () => void | Promise<void>; oncancel?: () => void } = {}) {
  const onconfirm = vi.fn(props.onconfirm ?? (() => {}));
  const oncancel = vi.fn(props.oncancel ?? (() => {}));
  const view = render(ConfirmDialog, { title: 'Delete this one-on-one?', confirmLabel: 'Delete one-on-one', children: body, onconfirm, oncancel });
  return { onconfirm, oncancel, view };
}

describe('the confirmation dialog', () => {
  test('is a labelled, described modal with focus on the confirming button', () => {
    open();
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this one-on-one?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Its notes go to the trash too.');
    expect(screen.getByRole('button', { name: 'Delete one-on-one' })).toHaveFocus();
  });

  test('Enter confirms, Esc cancels', async () => {
    const { onconfirm, oncancel } = open();
    await userEvent.keyboard('{Enter}');
    expect(onconfirm).toHaveBeenCalledOnce();
    await userEvent.keyboard('{Escape}');
    expect(oncancel).toHaveBeenCalledOnce();
  });

  test('Enter on Cancel cancels rather than confirms', async () => {
    const { onconfirm, oncancel } = open();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(oncancel).toHaveBeenCalledOnce();
    expect(onconfirm).not.toHaveBeenCalled();
  });

  test('Tab and Shift+Tab stay inside the dialog', async () => {
    open();
    const confirm = screen.getByRole('button', { name: 'Delete one-on-one' });
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await userEvent.tab();
    expect(cancel).toHaveFocus();
    await userEvent.tab();
    expect(confirm).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(cancel).toHaveFocus();
  });

  test('keys do not reach the page behind it', async () => {
    const behind = vi.fn();
    window.addEventListener('keydown', behind);
    open();
    await userEvent.keyboard('e');
    window.removeEventListener('keydown', behind);
    expect(behind).not.toHaveBeenCalled();
  });

  test('a refusal is shown in the dialog, which stays open', async () => {
    const refusal = new ApiFailure({ kind: 'conflict', message: "2 scorecard(s) use 'Pitch', so it cannot be deleted; archive it to hide it.", field: null });
    open({ onconfirm: () => Promise.reject(refusal) });
    await userEvent.click(screen.getByRole('button', { name: 'Delete one-on-one' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("2 scorecard(s) use 'Pitch'");
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  test('closing gives focus back to what opened it', async () => {
    const opener = document.createElement('button');
    opener.textContent = 'Delete…';
    document.body.append(opener);
    opener.focus();
    const { view } = open();
    expect(opener).not.toHaveFocus();
    view.unmount();
    await waitFor(() => expect(opener).toHaveFocus());
    opener.remove();
  });
});
