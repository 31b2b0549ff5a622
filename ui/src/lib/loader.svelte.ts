// One value a screen loads from the backend: the value, the backend's message
// when loading failed, and whether a load is under way. Answers to an older
// load that arrive after a newer one started are ignored.
import { asApiError } from './api';

/** Starts the call; null when there is nothing to load (yet). */
export type Fetch<T> = () => Promise<T> | null;

export class Loader<T> {
  #value = $state<T | null>(null);
  /** The backend's message when the latest load failed. */
  error = $state<string | null>(null);
  loading = $state(false);
  #fetch: Fetch<T> | null;
  #onload: ((value: T) => void) | undefined;
  #latest = 0;

  /**
   * With `fetch`, loads once the component that creates it is mounted, and
   * again whenever state that `fetch` reads changes (create it while the
   * component initialises). Without, loads only on `load`. `onload` sees each
   * answer that is kept, e.g. to fill a form from it.
   */
  constructor(fetch?: Fetch<T>, options: { onload?: (value: T) => void } = {}) {
    this.#fetch = fetch ?? null;
    this.#onload = options.onload;
    if (fetch) {
      this.loading = true;
      $effect(() => {
        void this.#start(fetch);
      });
    }
  }

  /** The latest answer; null before the first and after a failure. */
  get value(): T | null {
    return this.#value;
  }

  /** Takes a value the screen got itself (e.g. a save's answer); a load still under way is then ignored. */
  set value(value: T | null) {
    this.#latest++;
    this.#value = value;
    this.error = null;
    this.loading = false;
  }

  /** Loads with `fetch`, which `reload` then repeats. */
  load(fetch: Fetch<T>): Promise<void> {
    this.#fetch = fetch;
    return this.#start(fetch);
  }

  /** Loads again, e.g. after a change made elsewhere. */
  reload(): Promise<void> {
    return this.#fetch ? this.#start(this.#fetch) : Promise.resolve();
  }

  // Reads only what `fetch` reads before its first await, so an effect
  // running it depends on nothing else.
  async #start(fetch: Fetch<T>): Promise<void> {
    const mine = ++this.#latest;
    try {
      const call = fetch();
      if (call === null) {
        this.loading = false;
        return;
      }
      this.loading = true;
      const value = await call;
      if (mine !== this.#latest) return;
      this.#value = value;
      this.error = null;
      this.loading = false;
      this.#onload?.(value);
    } catch (e) {
      if (mine !== this.#latest) return;
      this.#value = null;
      this.error = asApiError(e).message;
      this.loading = false;
    }
  }
}
