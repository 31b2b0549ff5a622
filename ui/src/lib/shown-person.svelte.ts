// The person the open page is about when its address does not say so (a
// meeting's address names the meeting, not the rep): the page publishes them
// here while it is open, so Ctrl+Shift+F can preselect them in quick capture.
class ShownPerson {
  id = $state<string | null>(null);

  /** Publishes `id` while a page is open; returns what withdraws it (fits `$effect`). */
  show(id: string | null): () => void {
    this.id = id;
    return () => {
      // Another page may have published its own person meanwhile.
      if (this.id === id) this.id = null;
    };
  }
}

export const shownPerson = new ShownPerson();
