// The small "Saved" state beside a page title, shared by autosaving screens.
export type SaveStatus = 'saved' | 'saving' | 'error';

export class SaveState {
  status = $state<SaveStatus>('saved');
  #pending = 0;
  #inFlight = new Set<Promise<unknown>>();

  /** Tracks one save: "Saving…" while any is in flight, "Not saved" if it failed. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.#pending++;
    this.#inFlight.add(work);
    this.status = 'saving';
    try {
      const value = await work;
      this.#pending--;
      if (this.#pending === 0 && (this.status as SaveStatus) !== 'error') this.status = 'saved';
      return value;
    } catch (error) {
      this.#pending--;
      this.status = 'error';
      throw error;
    } finally {
      this.#inFlight.delete(work);
    }
  }

  /** Resolves once the saves under way have ended (saved or not): e.g. before a document is made from them. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#inFlight]);
  }

  get label(): string {
    return this.status === 'saving' ? 'Saving…' : this.status === 'error' ? 'Not saved' : 'Saved';
  }
}
