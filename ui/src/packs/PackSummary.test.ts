import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import PackSummary from './PackSummary.svelte';
import { commands } from '../lib/bindings';
import { listen } from '../lib/events';
import { setLocale } from '../lib/format';
import { toasts } from '../lib/toasts.svelte';
import { appliedPack, fail, ok } from '../test/fixtures';
import { PACKS_CHANGED } from './words';

vi.mock('../lib/bindings', () => ({ commands: { undoPack: vi.fn() } }));
const mocked = vi.mocked(commands);

beforeEach(() => {
  vi.resetAllMocks();
  setLocale('en-GB');
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
});
afterEach(() => setLocale(null));

function show(props: Partial<Parameters<typeof render<typeof PackSummary>>[1] & object> = {}) {
  const onclose = vi.fn();
  const onshowconflicts = vi.fn();
  render(PackSummary, { packs: [appliedPack()], onclose, onshowconflicts, ...props });
  return { onclose, onshowconflicts };
}

describe('the pack summary', () => {
  test('says from whom and what the pack brought; focus starts on Close', () => {
    show();
    const dialog = screen.getByRole('dialog', { name: 'What the pack from Mia brought' });
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 one-on-one', '2 shared notes']);
    expect(dialog).toHaveTextContent(/From Mia · pack 2 · opened Fri 20 Nov/);
    expect(within(dialog).queryByText(/conflict/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  test('Esc and Close close it', async () => {
    const { onclose } = show();
    await userEvent.keyboard('{Escape}');
    expect(onclose).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  test('counts the conflicts and leads to them', async () => {
    const { onshowconflicts } = show({ packs: [appliedPack({ conflicts: 2 })] });
    expect(screen.getByRole('dialog')).toHaveTextContent('2 conflicts: a record was changed on both sides. Both versions are kept.');
    await userEvent.click(screen.getByRole('button', { name: 'See the conflicts' }));
    expect(onshowconflicts).toHaveBeenCalledOnce();
  });

  test('a pack opened before says nothing changed, and offers no undo', () => {
    show({ packs: [appliedPack({ alreadyApplied: true })] });
    expect(screen.getByRole('dialog')).toHaveTextContent('This pack from Mia was opened before: nothing changed.');
    expect(screen.queryByRole('button', { name: 'Undo this pack…' })).not.toBeInTheDocument();
  });

  test('several packs from one Sync now are listed together', () => {
    show({ packs: [appliedPack(), appliedPack({ id: 'link-ada/1', from: 'Ada Lovelace', seq: 1, lines: ['KPI values for weeks 45–47'] })] });
    const dialog = screen.getByRole('dialog', { name: 'What 2 packs brought' });
    expect(within(dialog).getByRole('region', { name: 'Pack 1 from Ada Lovelace' })).toHaveTextContent('KPI values for weeks 45–47');
  });

  test('a rep invitation accepted says whose workspace it is now, with the way to the review', () => {
    show({ welcome: { reviewHref: '#/people/ada/review' } });
    expect(screen.getByRole('dialog')).toHaveTextContent('This is now your own workspace, linked to your manager Mia.');
    expect(screen.getByRole('link', { name: 'Open my review' })).toHaveAttribute('href', '#/people/ada/review');
  });

  test('Undo asks first, then undoes it and says so', async () => {
    const changed = vi.fn();
    const stop = listen(PACKS_CHANGED, changed);
    mocked.undoPack.mockImplementation(() => ok(appliedPack({ undoneAt: '2026-11-21T09:30:00Z' })));
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Undo this pack…' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Undo this pack from Mia?' });
    expect(confirm).toHaveTextContent('Records changed here since it was opened are left as they are.');
    expect(mocked.undoPack).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Undo this pack' }));
    expect(mocked.undoPack).toHaveBeenCalledWith('link-mia/2');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('dialog')).toHaveTextContent(/Undone on Sat 21 Nov/);
    expect(screen.queryByRole('button', { name: 'Undo this pack…' })).not.toBeInTheDocument();
    expect(toasts.items.map((t) => t.message)).toContain('Undid the pack from Mia.');
    expect(changed).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    stop();
  });

  test('an undo refused stays in the confirmation with the reason', async () => {
    mocked.undoPack.mockImplementation(() => fail({ kind: 'conflict', message: 'This pack has been undone already.' }));
    show();
    await userEvent.click(screen.getByRole('button', { name: 'Undo this pack…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Undo this pack' }));
    expect(await within(screen.getByRole('alertdialog')).findByRole('alert')).toHaveTextContent('This pack has been undone already.');
  });
});
