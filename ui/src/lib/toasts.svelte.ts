// Messages that belong to no form field, in a corner of the window. Errors
// stay until closed; information fades after a while, but never while the
// pointer or the keyboard focus is on the messages. A toast may carry one
// action (e.g. Undo), which closes it when used.
export type ToastKind = 'error' | 'info';
export type ToastAction = { label: string; run: () => void | Promise<void> };
export type Toast = { id: number; message: string; kind: ToastKind; action: ToastAction | null };

/** How long information stays by default; longer when it offers an action. */
export const INFO_MS = 6000;
export const ACTION_MS = 10_000;

type Timer = { remaining: number; started: number; handle: ReturnType<typeof setTimeout> | null };

class Toasts {
  items = $state<Toast[]>([]);
  #next = 1;
  #timers = new Map<number, Timer>();
  #held = false;

  /**
   * Shows a message. `ms` is how long information stays (errors ignore it
   * and stay until closed); `action` adds a button that runs it and closes the toast.
   */
  show(message: string, kind: ToastKind = 'error', ms?: number, action?: ToastAction): number {
    const id = this.#next++;
    this.items.push({ id, message, kind, action: action ?? null });
    if (kind !== 'error') {
      const timer: Timer = { remaining: ms ?? (action ? ACTION_MS : INFO_MS), started: 0, handle: null };
      this.#timers.set(id, timer);
      if (!this.#held) this.#start(id, timer);
    }
    return id;
  }

  dismiss(id: number): void {
    const timer = this.#timers.get(id);
    if (timer?.handle) clearTimeout(timer.handle);
    this.#timers.delete(id);
    this.items = this.items.filter((t) => t.id !== id);
  }

  /** Runs a toast's action, then closes it. */
  async act(id: number): Promise<void> {
    const toast = this.items.find((t) => t.id === id);
    this.dismiss(id);
    await toast?.action?.run();
  }

  /** Stops the clocks while someone is reading or using the messages. */
  hold(): void {
    if (this.#held) return;
    this.#held = true;
    const now = Date.now();
    for (const timer of this.#timers.values()) {
      if (timer.handle) clearTimeout(timer.handle);
      timer.handle = null;
      timer.remaining = Math.max(0, timer.remaining - (now - timer.started));
    }
  }

  /** Starts the clocks again where they stopped (with a moment to spare). */
  release(): void {
    if (!this.#held) return;
    this.#held = false;
    for (const [id, timer] of this.#timers) {
      timer.remaining = Math.max(timer.remaining, 2000);
      this.#start(id, timer);
    }
  }

  #start(id: number, timer: Timer): void {
    timer.started = Date.now();
    timer.handle = setTimeout(() => this.dismiss(id), timer.remaining);
  }
}

export const toasts = new Toasts();
