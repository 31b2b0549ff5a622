import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import App from './App.svelte';
import { summary } from './test/fixtures';

// Every command answers something harmless; a meeting with Ada, and Ada on the team.
vi.mock('./lib/bindings', () => ({
  commands: new Proxy(
    {},
    {
      get: (_, name) => () =>
        Promise.resolve({
          status: 'ok',
          data:
            name === 'getSettings'
              ? { assessorName: null, mode: 'manager', me: null, reminders: false, shareGoal: false }
              : name === 'getMeeting'
                ? {
                    id: 'm1', personId: 'ada', personName: 'Ada Lovelace', heldOn: '2026-11-09', templateName: 'Weekly one-on-one',
                    notes: [], carried: [], actions: [], createdAt: '2026-11-09T09:00:00Z', updatedAt: '2026-11-09T09:00:00Z',
                  }
                : name === 'listPeople'
                  ? { items: [summary({ id: 'ada', name: 'Ada Lovelace' }), summary({ id: 'bo', name: 'Bo Diddley' })], total: 2 }
                  : name === 'today'
                    ? { oneOnOnes: [], drafts: [], feedback: [], kpiWarnings: [], actionsDue: [], totals: { oneOnOnes: 0, drafts: 0, feedback: 0, kpiWarnings: 0, actionsDue: 0 } }
                    : { items: [], total: 0 },
        }),
    },
  ),
}));

test("Ctrl+Shift+F in a meeting opens quick capture with the meeting's rep chosen", async () => {
  window.location.hash = '#/meetings/m1';
  render(App);
  expect(await screen.findByRole('link', { name: "Ada Lovelace's one-on-ones" })).toBeInTheDocument();
  await userEvent.keyboard('{Control>}{Shift>}F{/Shift}{/Control}');
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(within(dialog).getByText('Ada Lovelace', { selector: 'strong' })).toBeInTheDocument());
  expect(within(dialog).queryByRole('listbox', { name: 'Reps' })).not.toBeInTheDocument();
  window.location.hash = '';
});
