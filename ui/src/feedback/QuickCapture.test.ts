import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import QuickCapture from './QuickCapture.svelte';
import { commands } from '../lib/bindings';
import { fail, ok, summary } from '../test/fixtures';
import type { FeedbackEntry } from '../lib/bindings';

vi.mock('../lib/bindings', () => ({
  commands: { listPeople: vi.fn(), logFeedback: vi.fn(), updateFeedback: vi.fn() },
}));

const mocked = vi.mocked(commands);
const reps = [
  summary({ id: 'ada', name: 'Ada Lovelace' }),
  summary({ id: 'grace', name: 'Grace Hopper' }),
  summary({ id: 'alan', name: 'Alan Turing' }),
];

beforeEach(() => {
  vi.resetAllMocks();
  mocked.listPeople.mockImplementation(() => ok({ items: reps, total: reps.length }));
  mocked.logFeedback.mockImplementation(() =>
    ok({ id: 'f1', personId: 'grace', personName: 'Grace Hopper', polarity: 'positive' } as never),
  );
});

describe('quick feedback capture', () => {
  test('a rep is picked by typing part of a name and Enter; Enter again saves', async () => {
    const onclose = vi.fn();
    render(QuickCapture, { onclose });
    const rep = await screen.findByRole('combobox');
    await waitFor(() => expect(rep).toHaveFocus());
    await userEvent.type(rep, 'hop');
    expect(screen.getAllByRole('option').map((o) => o.textContent?.trim())).toEqual(['Grace Hopper']);
    await userEvent.keyboard('{Enter}');

    const behaviour = screen.getByLabelText(/^Behaviour/);
    await waitFor(() => expect(behaviour).toHaveFocus());
    await userEvent.type(behaviour, 'Asked about budget in the first five minutes');
    await userEvent.type(screen.getByLabelText('Skill tags'), 'discovery, budget');
    await userEvent.type(screen.getByLabelText('Result'), 'Qualified the deal{Enter}');

    await waitFor(() => expect(mocked.logFeedback).toHaveBeenCalledTimes(1));
    expect(mocked.logFeedback.mock.calls[0][0]).toMatchObject({
      personId: 'grace',
      polarity: 'positive',
      behaviour: 'Asked about budget in the first five minutes',
      result: 'Qualified the deal',
      situation: null,
      tags: ['discovery', 'budget'],
      shared: false,
    });
    await waitFor(() => expect(onclose).toHaveBeenCalled());
  });

  test('arrow keys move through the matching reps', async () => {
    render(QuickCapture, { onclose: () => {} });
    const rep = await screen.findByRole('combobox');
    await userEvent.type(rep, 'a');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByText('Grace Hopper', { selector: 'strong' })).toBeInTheDocument();
  });

  test('opened from a rep page, the rep is already chosen and constructive can be picked', async () => {
    render(QuickCapture, { personId: 'alan', onclose: () => {} });
    expect(await screen.findByText('Alan Turing', { selector: 'strong' })).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Constructive'));
    await userEvent.type(screen.getByLabelText(/^Behaviour/), 'Talked over the buyer{Enter}');
    await waitFor(() => expect(mocked.logFeedback).toHaveBeenCalled());
    expect(mocked.logFeedback.mock.calls[0][0]).toMatchObject({ personId: 'alan', polarity: 'constructive' });
  });

  test('the backend message appears by the field it names, and nothing closes', async () => {
    mocked.logFeedback.mockImplementation(() => fail({ field: 'behaviour', message: 'Behaviour is required: what exactly did they do?' }));
    const onclose = vi.fn();
    render(QuickCapture, { personId: 'ada', onclose });
    await screen.findByText('Ada Lovelace', { selector: 'strong' });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Behaviour is required/)).toHaveAttribute('id', 'capture-behaviour-error');
    expect(screen.getByLabelText(/^Behaviour/)).toHaveAttribute('aria-invalid', 'true');
    expect(onclose).not.toHaveBeenCalled();
  });

  test('saving without a rep asks for one; Esc closes', async () => {
    const onclose = vi.fn();
    render(QuickCapture, { onclose });
    const rep = await screen.findByRole('combobox');
    await userEvent.type(screen.getByLabelText(/^Behaviour/), 'Great call{Enter}');
    expect(await screen.findByText(/Choose the rep/)).toBeInTheDocument();
    expect(mocked.logFeedback).not.toHaveBeenCalled();
    rep.focus();
    await userEvent.keyboard('{Escape}');
    expect(onclose).toHaveBeenCalled();
  });

  test('Tab stays inside the dialog: past the last control it wraps to the first, and back', async () => {
    // Controls behind the dialog, before and after it in the page.
    const before = document.body.appendChild(document.createElement('button'));
    const host = document.body.appendChild(document.createElement('div'));
    const after = document.body.appendChild(document.createElement('button'));
    render(QuickCapture, { target: host, props: { personId: 'ada', onclose: () => {} } });
    await screen.findByText('Ada Lovelace', { selector: 'strong' });
    const first = screen.getByRole('button', { name: 'Change' });
    const last = screen.getByRole('button', { name: 'Cancel' });
    last.focus();
    await userEvent.tab();
    expect(first).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(last).toHaveFocus();
    before.remove();
    after.remove();
  });

  test('focus that lands outside the open dialog is brought back in', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'Behind';
    document.body.append(outside);
    render(QuickCapture, { personId: 'ada', onclose: () => {} });
    await screen.findByText('Ada Lovelace', { selector: 'strong' });
    outside.focus();
    expect(screen.getByRole('dialog')).toContainElement(document.activeElement as HTMLElement);
    outside.remove();
  });

  test('closing returns focus to where it was when the dialog opened', async () => {
    const opener = document.createElement('button');
    opener.textContent = 'Log feedback';
    document.body.append(opener);
    opener.focus();
    const { unmount } = render(QuickCapture, { personId: 'ada', onclose: () => {} });
    const behaviour = screen.getByLabelText(/^Behaviour/);
    await waitFor(() => expect(behaviour).toHaveFocus());
    unmount();
    expect(opener).toHaveFocus();
    opener.remove();
  });

  test('with an entry, the same form edits it and saves with update', async () => {
    const entry: FeedbackEntry = {
      id: 'f9', personId: 'grace', personName: 'Grace Hopper', givenOn: '2026-11-03', polarity: 'constructive',
      situation: 'Demo', behaviour: 'Talked over the buyer', result: '', tags: ['listening'], shared: true,
      deletedAt: null, createdAt: '2026-11-03T10:00:00Z', updatedAt: '2026-11-03T10:00:00Z',
    };
    mocked.updateFeedback.mockImplementation((_, input) => ok({ ...entry, ...input, result: input.result ?? '', situation: input.situation ?? '' } as FeedbackEntry));
    const onclose = vi.fn();
    render(QuickCapture, { entry, onclose });
    expect(screen.getByRole('dialog', { name: 'Edit feedback' })).toBeInTheDocument();
    expect(screen.getByText('Grace Hopper', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByLabelText('Constructive')).toBeChecked();
    expect(screen.getByLabelText('Situation')).toHaveValue('Demo');
    expect(screen.getByLabelText('Skill tags')).toHaveValue('listening');
    expect(screen.getByLabelText('Shared with the rep')).toBeChecked();
    const behaviour = screen.getByLabelText(/^Behaviour/);
    await userEvent.clear(behaviour);
    await userEvent.type(behaviour, 'Let the buyer finish, then asked why{Enter}');
    await waitFor(() => expect(mocked.updateFeedback).toHaveBeenCalledTimes(1));
    expect(mocked.updateFeedback).toHaveBeenCalledWith('f9', {
      personId: 'grace', givenOn: '2026-11-03', polarity: 'constructive', situation: 'Demo',
      behaviour: 'Let the buyer finish, then asked why', result: null, tags: ['listening'], shared: true,
    });
    expect(mocked.logFeedback).not.toHaveBeenCalled();
    await waitFor(() => expect(onclose).toHaveBeenCalled());
  });
});
