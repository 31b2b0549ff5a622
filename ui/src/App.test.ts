import { render, screen } from '@testing-library/svelte';
import { expect, test, vi } from 'vitest';
import App from './App.svelte';

vi.mock('./lib/bindings', () => ({
  commands: new Proxy({}, { get: () => () => Promise.resolve({ status: 'ok', data: { items: [], total: 0 } }) }),
}));

test('the app starts on the team list with every working place in the navigation', async () => {
  window.location.hash = '';
  render(App);
  const nav = screen.getByRole('navigation', { name: 'Places' });
  expect(nav).toHaveTextContent('Team');
  expect(nav).toHaveTextContent('Candidates');
  expect(nav).toHaveTextContent('Rubrics');
  expect(nav).toHaveTextContent('Settings');
  expect(await screen.findByRole('heading', { name: 'Team' })).toBeInTheDocument();
});
