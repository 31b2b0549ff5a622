// App-wide signals between places that do not share a parent, e.g. quick
// feedback capture telling the open rep page and team list to refresh.
export const FEEDBACK_LOGGED = 'coachbook:feedback-logged';
export const OPEN_QUICK_CAPTURE = 'coachbook:open-quick-capture';
/** Something came back (an Undo, a restore from the trash): lists that may show it load again. */
export const RESTORED = 'coachbook:restored';

export function announce(name: string, detail?: unknown): void {
  window.dispatchEvent(new CustomEvent(name, { detail }));
}

/** Listens for a signal; returns the function that stops listening (fits `$effect`). */
export function listen(name: string, handler: (detail: unknown) => void): () => void {
  const listener = (event: Event) => handler((event as CustomEvent).detail);
  window.addEventListener(name, listener);
  return () => window.removeEventListener(name, listener);
}
