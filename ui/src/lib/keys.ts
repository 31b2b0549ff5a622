// Single-key shortcuts must not fire while the user is typing in a field.
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** A plain key press with no modifier, outside text fields. */
export function isPlainKey(event: KeyboardEvent, key: string): boolean {
  return (
    event.key === key && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event)
  );
}
