import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import SearchPage from './SearchPage.svelte';
import { commands, type SearchHit } from '../lib/bindings';
import { setLocale } from '../lib/format';
import { ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { listPeople: vi.fn(), search: vi.fn() },
}));

const mocked = vi.mocked(commands);

const hit = (date: string): SearchHit => ({
  kind: 'note',
  personId: 'ada',
  personName: 'Ada Lovelace',
  date,
  title: 'Wins',
  snippet: 'Closed the Acme renewal after a tough \u0002procurement\u0003 round.',
  meetingId: 'm1',
  feedbackId: null,
});

beforeEach(() => {
  vi.resetAllMocks();
  mocked.listPeople.mockImplementation(() => ok({ items: [], total: 0 }) as never);
});

afterEach(() => setLocale(null));

describe('search', () => {
  test('results are announced with the right plural, and dated in the locale’s order', async () => {
    setLocale('en-US');
    mocked.search.mockImplementation(() => ok([hit('2026-11-02')]));
    render(SearchPage);
    await userEvent.type(screen.getByLabelText('Search notes, action items and feedback'), 'procurement');
    expect(await screen.findByText('1 result.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('link', { name: /Ada Lovelace/ })).toHaveTextContent(/Mon Nov 2/);
  });

  test('several results, or none, are announced too', async () => {
    mocked.search.mockImplementationOnce(() => ok([hit('2026-11-02'), hit('2026-11-09')])).mockImplementation(() => ok([]));
    render(SearchPage);
    const box = screen.getByLabelText('Search notes, action items and feedback');
    await userEvent.type(box, 'acme');
    expect(await screen.findByText('2 results.')).toBeInTheDocument();
    await userEvent.type(box, 'zzz');
    expect(await screen.findByText('Nothing matches.')).toBeInTheDocument();
  });
});
