// The small "Saved" state beside a page title, shared by autosaving screens.
export type SaveStatus = 'saved' | 'saving' | 'error';

export class SaveState {
  status = $state<SaveStatus>('saved');
  #pending = 0;

  /** Tracks one save: "Saving…" while any is in flight, "Not saved" if it failed. */
  async track<T>(work: Promise<T>): Promise<T> {
    this.#pending++;
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
    }
  }

  get label(): string {
    return this.status === 'saving' ? 'Saving…' : this.status === 'error' ? 'Not saved' : 'Saved';
  }
}
