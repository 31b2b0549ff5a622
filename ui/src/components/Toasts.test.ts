import { act, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import Toasts from './Toasts.svelte';
import { toasts } from '../lib/toasts.svelte';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
  toasts.release();
  vi.useRealTimers();
});

async function wait(ms: number) {
  await act(() => vi.advanceTimersByTime(ms));
}

describe('messages in the corner', () => {
  test('an error is announced assertively and stays until closed with its labelled button', async () => {
    render(Toasts);
    await act(() => toasts.show('The file could not be saved.'));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('aria-live', 'assertive');
    expect(alert).toHaveTextContent('The file could not be saved.');
    await wait(120_000);
    expect(alert).toHaveTextContent('The file could not be saved.');
    await fireEvent.click(within(alert).getByRole('button', { name: 'Close message' }));
    expect(alert).not.toHaveTextContent('The file could not be saved.');
  });

  test('information is announced politely and fades after its time', async () => {
    render(Toasts);
    await act(() => toasts.show('Plan saved.', 'info', 3000));
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Plan saved.');
    await wait(2900);
    expect(status).toHaveTextContent('Plan saved.');
    await wait(200);
    expect(status).not.toHaveTextContent('Plan saved.');
  });

  test('information stays while the pointer or the focus is on it', async () => {
    render(Toasts);
    await act(() => toasts.show('Saved.', 'info', 3000));
    const status = screen.getByRole('status');
    const region = status.parentElement as HTMLElement;
    await fireEvent.mouseEnter(region);
    await wait(10_000);
    expect(status).toHaveTextContent('Saved.');
    await fireEvent.mouseLeave(region);
    await wait(1000);
    expect(status).toHaveTextContent('Saved.');
    await fireEvent.focusIn(within(status).getByRole('button', { name: 'Close message' }));
    await wait(10_000);
    expect(status).toHaveTextContent('Saved.');
    await fireEvent.focusOut(within(status).getByRole('button', { name: 'Close message' }));
    await wait(3100);
    expect(status).not.toHaveTextContent('Saved.');
  });

  test('a toast with an action (Undo) runs it once and closes', async () => {
    const undo = vi.fn();
    render(Toasts);
    await act(() => toasts.show('Moved to the trash.', 'info', undefined, { label: 'Undo', run: undo }));
    await wait(8000);
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Moved to the trash.')).not.toBeInTheDocument();
  });

  test('an action toast waits longer than plain information, then fades', async () => {
    render(Toasts);
    await act(() => toasts.show('Archived.', 'info', undefined, { label: 'Undo', run: () => {} }));
    await wait(9000);
    expect(screen.getByText('Archived.')).toBeInTheDocument();
    await wait(1100);
    expect(screen.queryByText('Archived.')).not.toBeInTheDocument();
  });

  test('Esc closes the focused toast and the keyboard goes back where it was', async () => {
    const before = document.createElement('button');
    before.textContent = 'Somewhere';
    document.body.append(before);
    render(Toasts);
    await act(() => toasts.show('Something failed.'));
    const close = screen.getByRole('button', { name: 'Close message' });
    before.focus();
    close.focus();
    await fireEvent.focusIn(close, { relatedTarget: before });
    await fireEvent.keyDown(close, { key: 'Escape' });
    expect(screen.queryByText('Something failed.')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(before);
    before.remove();
  });
});
