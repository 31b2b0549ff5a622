import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import PersonForm from './PersonForm.svelte';
import { commands } from '../lib/bindings';
import { fail, ok, person } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    createPerson: vi.fn(),
    updatePerson: vi.fn(),
    getPerson: vi.fn(),
    listOpenings: vi.fn(),
  },
}));

const mocked = vi.mocked(commands);

beforeEach(() => {
  vi.resetAllMocks();
  mocked.listOpenings.mockImplementation(() => ok([{ name: 'Account Executive', candidates: 2 }]));
  window.location.hash = '#/team/new';
});

describe('the person form', () => {
  test('shows the backend message next to the field it names and focuses it', async () => {
    mocked.createPerson.mockImplementation(() => fail({ field: 'name', message: 'Name is required.' }));
    render(PersonForm, { role: 'rep' });

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const name = screen.getByLabelText(/^Name/);
    expect(await screen.findByText('Name is required.')).toHaveAttribute('id', 'person-name-error');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Name is required.');
    await waitFor(() => expect(name).toHaveFocus());
    expect(window.location.hash).toBe('#/team/new');
  });

  test('a message for no field is shown above the form', async () => {
    mocked.createPerson.mockImplementation(() => fail({ kind: 'storage', message: 'disk I/O error' }));
    render(PersonForm, { role: 'rep' });
    await userEvent.type(screen.getByLabelText(/^Name/), 'Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('disk I/O error');
  });

  test('saving with Enter sends the fields, blanks as null, and opens the new person', async () => {
    mocked.createPerson.mockImplementation(() => ok(person({ id: 'new-id' })));
    render(PersonForm, { role: 'rep' });

    await userEvent.type(screen.getByLabelText(/^Title/), 'Account Executive');
    await userEvent.type(screen.getByLabelText(/^Name/), 'Ada Lovelace{Enter}');

    await waitFor(() => expect(window.location.hash).toBe('#/people/new-id'));
    expect(mocked.createPerson).toHaveBeenCalledWith('rep', {
      name: 'Ada Lovelace',
      email: null,
      title: 'Account Executive',
      startDate: null,
      notes: null,
      opening: null,
    });
  });

  test('a candidate form asks for the opening and not for a start date', async () => {
    mocked.createPerson.mockImplementation(() => ok(person({ id: 'cand', role: 'candidate' })));
    render(PersonForm, { role: 'candidate' });

    expect(screen.getByRole('heading', { name: 'New candidate' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/Start date/)).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/^Opening/), 'SDR');
    await userEvent.type(screen.getByLabelText(/^Name/), 'Cy');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(mocked.createPerson).toHaveBeenCalled());
    expect(mocked.createPerson.mock.calls[0][1]).toMatchObject({ name: 'Cy', opening: 'SDR', startDate: null });
  });

  test('editing loads the person and saves changes with update', async () => {
    const ada = person({ id: 'ada', notes: 'Met at the kickoff.' });
    mocked.getPerson.mockImplementation(() => ok(ada));
    mocked.updatePerson.mockImplementation(() => ok({ ...ada, title: 'Team lead' }));
    render(PersonForm, { id: 'ada' });

    const title = await screen.findByDisplayValue('Account Executive');
    expect(screen.getByLabelText(/^Notes/)).toHaveValue('Met at the kickoff.');
    await userEvent.clear(title);
    await userEvent.type(title, 'Team lead');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(mocked.updatePerson).toHaveBeenCalled());
    expect(mocked.updatePerson.mock.calls[0]).toEqual([
      'ada',
      expect.objectContaining({ title: 'Team lead', notes: 'Met at the kickoff.', startDate: '2025-09-01' }),
    ]);
    await waitFor(() => expect(window.location.hash).toBe('#/people/ada'));
  });

  test('Esc with unsaved changes asks before discarding them', async () => {
    render(PersonForm, { role: 'rep' });
    await userEvent.type(screen.getByLabelText(/^Name/), 'Half typed');
    await userEvent.keyboard('{Escape}');

    expect(screen.getByRole('alertdialog', { name: 'Unsaved changes' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Half typed');
  });
});
