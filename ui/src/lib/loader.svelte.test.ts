import { render, screen } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Loader } from './loader.svelte';
import { ApiFailure } from './api';
import Loaded from '../components/Loaded.svelte';

/** A call that answers when told to. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((cleanup) => cleanup());
  cleanups = [];
});

/** Creates the loader as a mounted component would, and runs its first effect. */
function mounted<T>(create: () => Loader<T>): Loader<T> {
  let loader!: Loader<T>;
  cleanups.push(
    $effect.root(() => {
      loader = create();
    }),
  );
  flushSync();
  return loader;
}

describe('a loader', () => {
  test('loads once mounted and keeps the answer', async () => {
    const fetch = vi.fn(() => Promise.resolve(['Ada']));
    const loader = mounted(() => new Loader(fetch));
    expect(loader.loading).toBe(true);
    await settle();
    expect(loader.value).toEqual(['Ada']);
    expect(loader.error).toBeNull();
    expect(loader.loading).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test("keeps the backend's message when loading fails", async () => {
    const loader = mounted(
      () => new Loader(() => Promise.reject(new ApiFailure({ kind: 'not_found', message: 'No such person.', field: null }))),
    );
    await settle();
    expect(loader.value).toBeNull();
    expect(loader.error).toBe('No such person.');
    expect(loader.loading).toBe(false);
  });

  test('loads again when state the call reads changes', async () => {
    let id = $state('ada');
    const fetch = vi.fn((wanted: string) => Promise.resolve(`person ${wanted}`));
    const loader = mounted(() => new Loader(() => fetch(id)));
    await settle();
    expect(loader.value).toBe('person ada');
    id = 'grace';
    flushSync();
    await settle();
    expect(loader.value).toBe('person grace');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('an older answer arriving late never replaces a newer one', async () => {
    const calls = [deferred<string>(), deferred<string>()];
    let n = 0;
    const loader = mounted(() => new Loader(() => calls[n++].promise));
    loader.reload();
    calls[1].resolve('newer');
    await settle();
    calls[0].resolve('older');
    await settle();
    expect(loader.value).toBe('newer');
  });

  test('an older failure arriving late is ignored too', async () => {
    const calls = [deferred<string>(), deferred<string>()];
    let n = 0;
    const loader = mounted(() => new Loader(() => calls[n++].promise));
    loader.reload();
    calls[1].resolve('newer');
    calls[0].reject(new Error('gone'));
    await settle();
    expect(loader.value).toBe('newer');
    expect(loader.error).toBeNull();
  });

  test('keeps the old value on screen while it reloads, and clears an earlier error', async () => {
    const answers: Promise<string>[] = [Promise.reject(new Error('busy')), Promise.resolve('first')];
    const loader = mounted(() => new Loader(() => answers.shift() ?? null));
    await settle();
    expect(loader.error).toBe('busy');
    const next = deferred<string>();
    answers.push(next.promise);
    await loader.reload();
    expect(loader.value).toBe('first');
    expect(loader.error).toBeNull();
    loader.reload();
    expect(loader.loading).toBe(true);
    expect(loader.value).toBe('first');
    next.resolve('second');
    await settle();
    expect(loader.value).toBe('second');
  });

  test('a value set by the screen wins over a load still under way', async () => {
    const call = deferred<string>();
    const loader = mounted(() => new Loader(() => call.promise));
    loader.value = 'saved';
    expect(loader.loading).toBe(false);
    call.resolve('loaded');
    await settle();
    expect(loader.value).toBe('saved');
  });

  test('nothing to load leaves it empty and not loading', () => {
    const loader = mounted(() => new Loader<string>(() => null));
    expect(loader.loading).toBe(false);
    expect(loader.value).toBeNull();
  });

  test('onload sees each kept answer', async () => {
    const onload = vi.fn();
    mounted(() => new Loader(() => Promise.resolve(3), { onload }));
    await settle();
    expect(onload).toHaveBeenCalledWith(3);
  });

  test('without a call it waits for load, which reload repeats', async () => {
    const loader = new Loader<number>();
    expect(loader.loading).toBe(false);
    let n = 0;
    await loader.load(() => Promise.resolve(++n));
    expect(loader.value).toBe(1);
    await loader.reload();
    expect(loader.value).toBe(2);
  });
});

describe('the loaded view', () => {
  const children = createRawSnippet((value: () => string) => ({ render: () => `<p>Hello ${value()}</p>` }));

  test('says it is loading, then shows the content', async () => {
    const call = deferred<string>();
    const loader = mounted(() => new Loader(() => call.promise));
    render(Loaded<string>, { loader, children });
    expect(screen.getByText('Loading…')).toHaveAttribute('aria-busy', 'true');
    call.resolve('Ada');
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  test("shows the backend's message", async () => {
    const loader = mounted(() => new Loader<string>(() => Promise.reject(new Error('No such person.'))));
    render(Loaded<string>, { loader, children });
    expect(await screen.findByRole('alert')).toHaveTextContent('No such person.');
  });

  test('a quiet one shows nothing until the answer', () => {
    const loader = mounted(() => new Loader<string>(() => deferred<string>().promise));
    const { container } = render(Loaded<string>, { loader, children, quiet: true });
    expect(container.children).toHaveLength(0);
  });
});
