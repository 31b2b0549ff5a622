// Where the keyboard goes when the row it was on goes away (deleted,
// restored): the next row's first control, else the previous row's, so
// focus is never dropped to the top of the page.
const CONTROLS = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled])';

/** The first control in the list item or table row after `el`'s (or before it), if any. */
export function neighbourControl(el: Element | null): HTMLElement | null {
  const item = el?.closest('li, tr');
  for (const other of [item?.nextElementSibling, item?.previousElementSibling]) {
    const control = other?.querySelector<HTMLElement>(CONTROLS);
    if (control) return control;
  }
  return null;
}

/** Focuses the first of `candidates` still on the page. */
export function focusFirst(...candidates: (HTMLElement | null | undefined)[]): void {
  candidates.find((c) => c?.isConnected)?.focus();
}

/** Keeps Tab and Shift+Tab within `items` (a modal dialog's controls), wrapping at the ends. */
export function trapTab(event: KeyboardEvent, items: HTMLElement[]): void {
  if (items.length === 0) return;
  const [first, last] = [items[0], items[items.length - 1]];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
