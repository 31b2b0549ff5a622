import { render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import App from './App.svelte';

vi.mock('./lib/bindings', () => ({
  commands: new Proxy(
    {},
    {
      get: (_, name) => () =>
        Promise.resolve({
          status: 'ok',
          data:
            name === 'teamOverview'
              ? { page: { items: [], total: 0 }, rows: [], totals: { reps: 0, consistency: null, overdue: 0, feedbackNudges: 0, kpiWarnings: 0, positive30: 0, constructive30: 0 } }
              : name === 'today'
                ? { oneOnOnes: [], drafts: [], feedback: [], kpiWarnings: [], actionsDue: [], totals: { oneOnOnes: 0, drafts: 0, feedback: 0, kpiWarnings: 0, actionsDue: 0 } }
                : name === 'getSettings'
                  ? { assessorName: null, mode: 'manager', me: null }
                  : { items: [], total: 0 },
        }),
    },
  ),
}));

test('the app starts on Today with every working place in the navigation', async () => {
  window.location.hash = '';
  render(App);
  const nav = screen.getByRole('navigation', { name: 'Places' });
  expect(nav).toHaveTextContent('Today');
  expect(nav).toHaveTextContent('Team');
  expect(nav).toHaveTextContent('Candidates');
  expect(nav).toHaveTextContent('Rubrics');
  expect(nav).toHaveTextContent('Search');
  expect(nav).toHaveTextContent('Settings');
  expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
});
