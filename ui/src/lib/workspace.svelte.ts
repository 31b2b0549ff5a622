// Whose workspace this is (a manager's, or a rep's own), loaded once at start
// and after Settings changes it; places and tabs follow it.
import { commands, type Settings } from './bindings';
import { unwrap } from './api';

class Workspace {
  settings = $state<Settings | null>(null);

  get isRep(): boolean {
    return this.settings?.mode === 'rep' && this.settings.me !== null;
  }

  get me(): string | null {
    return this.isRep ? this.settings!.me : null;
  }

  async load(): Promise<void> {
    this.settings = await unwrap(commands.getSettings());
  }
}

export const workspace = new Workspace();
