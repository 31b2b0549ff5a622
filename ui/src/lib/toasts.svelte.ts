// Messages that belong to no form field: shown briefly in a corner.
export type Toast = { id: number; message: string; tone: 'error' | 'info' };

class Toasts {
  items = $state<Toast[]>([]);
  #next = 1;

  show(message: string, tone: Toast['tone'] = 'error', ms = 6000): void {
    const id = this.#next++;
    this.items.push({ id, message, tone });
    setTimeout(() => this.dismiss(id), ms);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();
