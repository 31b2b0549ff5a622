import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import PersonForm from './PersonForm.svelte';
import { commands } from '../lib/bindings';
import { fail, ok, person } from '../test/fixtures';
import { todayIso } from '../lib/format';
import { toasts } from '../lib/toasts.svelte';

vi.mock('../lib/bindings', () => ({
  commands: {
    createPerson: vi.fn(),
    updatePerson: vi.fn(),
    getPerson: vi.fn(),
    listOpenings: vi.fn(),
    setOneOnOneSetup: vi.fn(),
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
    expect(screen.queryByLabelText(/One-on-one cadence/)).not.toBeInTheDocument();
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

  test('a new rep is given the one-on-one cadence chosen, due from today', async () => {
    mocked.createPerson.mockImplementation(() => ok(person({ id: 'new-id' })));
    mocked.setOneOnOneSetup.mockImplementation(() => ok({ personId: 'new-id', cadence: 'weekly', cadenceSince: todayIso(), templateId: null }));
    render(PersonForm, { role: 'rep' });

    const cadence = screen.getByLabelText('One-on-one cadence');
    expect(cadence).toHaveValue('');
    expect([...(cadence as HTMLSelectElement).options].map((o) => o.text)).toEqual(['None for now', 'Weekly', 'Every two weeks', 'Monthly']);
    await userEvent.selectOptions(cadence, 'Weekly');
    await userEvent.type(screen.getByLabelText(/^Name/), 'Ada Lovelace{Enter}');

    await waitFor(() => expect(window.location.hash).toBe('#/people/new-id'));
    expect(mocked.setOneOnOneSetup).toHaveBeenCalledWith('new-id', { cadence: 'weekly', cadenceSince: todayIso(), templateId: null });
  });

  test('with no cadence chosen none is set', async () => {
    mocked.createPerson.mockImplementation(() => ok(person({ id: 'new-id' })));
    render(PersonForm, { role: 'rep' });
    await userEvent.type(screen.getByLabelText(/^Name/), 'Ada Lovelace{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/people/new-id'));
    expect(mocked.setOneOnOneSetup).not.toHaveBeenCalled();
  });

  test('if the cadence cannot be saved the new rep opens where it is set, with the reason', async () => {
    mocked.createPerson.mockImplementation(() => ok(person({ id: 'new-id', name: 'Ada Lovelace' })));
    mocked.setOneOnOneSetup.mockImplementation(() => fail({ kind: 'storage', message: 'disk full' }));
    render(PersonForm, { role: 'rep' });
    await userEvent.selectOptions(screen.getByLabelText('One-on-one cadence'), 'Monthly');
    await userEvent.type(screen.getByLabelText(/^Name/), 'Ada Lovelace{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#/people/new-id/one-on-ones'));
    expect(toasts.items.map((t) => t.message)).toContain('Ada Lovelace was added, but the one-on-one cadence was not saved: disk full');
  });

  test('editing a rep does not ask for the cadence (it lives on their One-on-ones tab)', async () => {
    mocked.getPerson.mockImplementation(() => ok(person({ id: 'ada' })));
    render(PersonForm, { id: 'ada' });
    await screen.findByDisplayValue('Account Executive');
    expect(screen.queryByLabelText('One-on-one cadence')).not.toBeInTheDocument();
  });
});
