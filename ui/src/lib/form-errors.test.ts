import { describe, expect, test, vi, beforeEach } from 'vitest';
import { placeError } from './form-errors';
import { ApiFailure } from './api';
import { toasts } from './toasts.svelte';

beforeEach(() => {
  document.body.innerHTML = '<input id="edit-text" /><input id="edit-owner" />';
});

describe('placing a failed save', () => {
  test('a message about one of the form fields goes under it, and that field gets focus', async () => {
    const show = vi.fn();
    await placeError(new ApiFailure({ kind: 'invalid', message: 'Text is required.', field: 'text' }), ['text', 'owner'], (f) => `edit-${f}`, show);
    expect(show).toHaveBeenCalledWith({ text: 'Text is required.' });
    expect(document.activeElement?.id).toBe('edit-text');
  });

  test('anything else becomes a toast and no field error', async () => {
    const show = vi.fn();
    const shown = vi.spyOn(toasts, 'show');
    await placeError(new ApiFailure({ kind: 'storage', message: 'The disk is full.', field: null }), ['text'], (f) => f, show);
    await placeError(new Error('lost'), ['text'], (f) => f, show);
    expect(show).not.toHaveBeenCalled();
    expect(shown).toHaveBeenCalledWith('The disk is full.');
    expect(shown).toHaveBeenCalledWith('lost');
  });
});
