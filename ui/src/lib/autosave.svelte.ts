// Saving a moment after typing stops: one timer per form, restarted by each
// edit, run at once on blur, and run when the screen is left, so no edit is
// ever lost.

export class Debounced {
  #run: () => unknown;
  #ms: number;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pending = false;

  /**
   * `run` does the work (e.g. a save) and reports its own errors; it returns
   * false (or throws) when nothing could be saved, and the edit then stays
   * waiting for the next flush.
   */
  constructor(run: () => unknown, ms: number) {
    this.#run = run;
    this.#ms = ms;
  }

  /** Whether an edit is waiting to be run. */
  get pending(): boolean {
    return this.#pending;
  }

  /** An edit happened: run `ms` after the last one. */
  schedule(): void {
    this.#clearTimer();
    this.#pending = true;
    this.#timer = setTimeout(() => void this.flush(), this.#ms);
  }

  /**
   * Runs now if an edit is waiting. `run` starts before this returns (callers
   * may count on the save being under way). Resolves to whether everything
   * is saved: false when `run` could not save, and the next flush tries again.
   */
  async flush(): Promise<boolean> {
    if (!this.#pending) return true;
    this.#clearTimer();
    this.#pending = false;
    let saved: boolean;
    try {
      saved = (await this.#run()) !== false;
    } catch {
      saved = false;
    }
    if (!saved) this.#pending = true;
    return saved;
  }

  /** Forgets a waiting edit. */
  cancel(): void {
    this.#clearTimer();
    this.#pending = false;
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}

/**
 * A debounced save that is also flushed when the component that creates it
 * is destroyed (leaving the screen saves what was typed). Create it while the
 * component initialises.
 */
export function autosave(save: () => unknown, ms: number): Debounced {
  const debounced = new Debounced(save, ms);
  $effect(() => () => void debounced.flush());
  return debounced;
}
