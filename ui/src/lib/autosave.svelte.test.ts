import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Debounced, autosave } from './autosave.svelte';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a debounced save', () => {
  test('runs once, a moment after the last edit', () => {
    const save = vi.fn();
    const edits = new Debounced(save, 500);
    edits.schedule();
    vi.advanceTimersByTime(400);
    edits.schedule();
    vi.advanceTimersByTime(400);
    expect(save).not.toHaveBeenCalled();
    expect(edits.pending).toBe(true);
    vi.advanceTimersByTime(100);
    expect(save).toHaveBeenCalledTimes(1);
    expect(edits.pending).toBe(false);
  });

  test('flush runs a waiting edit at once, and only once', async () => {
    const save = vi.fn();
    const edits = new Debounced(save, 500);
    edits.schedule();
    const flushed = edits.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(await flushed).toBe(true);
    vi.advanceTimersByTime(1000);
    await edits.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('flush with nothing waiting does nothing', async () => {
    const save = vi.fn();
    expect(await new Debounced(save, 500).flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });

  test('flush waits for the save to finish', async () => {
    let finish = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const edits = new Debounced(save, 500);
    edits.schedule();
    let done = false;
    const flushed = edits.flush().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    finish();
    await flushed;
    expect(done).toBe(true);
  });

  test('cancel forgets a waiting edit', async () => {
    const save = vi.fn();
    const edits = new Debounced(save, 500);
    edits.schedule();
    edits.cancel();
    vi.advanceTimersByTime(1000);
    await edits.flush();
    expect(save).not.toHaveBeenCalled();
    expect(edits.pending).toBe(false);
  });

  test('a save that returns false stays waiting too', async () => {
    const save = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    const edits = new Debounced(save, 500);
    edits.schedule();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(edits.pending).toBe(true));
    expect(await edits.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
  });

  test('a failed save stays waiting, and the next flush tries again', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValueOnce(undefined);
    const edits = new Debounced(save, 500);
    edits.schedule();
    expect(await edits.flush()).toBe(false);
    expect(edits.pending).toBe(true);
    expect(await edits.flush()).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(edits.pending).toBe(false);
  });
});

describe('autosave', () => {
  test('leaving flushes a waiting edit, so none is lost', () => {
    const save = vi.fn();
    let edits: ReturnType<typeof autosave> | undefined;
    const destroy = $effect.root(() => {
      edits = autosave(save, 500);
    });
    flushSync(); // as after a component mounts
    edits!.schedule();
    destroy();
    expect(save).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('leaving with nothing waiting saves nothing', () => {
    const save = vi.fn();
    const destroy = $effect.root(() => {
      autosave(save, 500);
    });
    flushSync();
    destroy();
    expect(save).not.toHaveBeenCalled();
  });
});
