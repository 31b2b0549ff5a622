import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import BackupsPanel from './BackupsPanel.svelte';
import { commands, type Backup } from '../lib/bindings';
import { ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { listBackups: vi.fn(), countBackups: vi.fn(), backUpNow: vi.fn(), restoreBackup: vi.fn() },
}));
const mocked = vi.mocked(commands);

const backup = (fileName: string, madeAt: string, people: number): Backup => ({
  fileName,
  path: `/data/backups/${fileName}`,
  madeAt,
  size: 2_500_000,
  counted: true,
  people,
  notes: 1,
  feedback: 12,
});

beforeEach(() => vi.resetAllMocks());

describe('backups', () => {
  test('lists each backup with its size and what it holds, newest first', async () => {
    mocked.listBackups.mockImplementation(() =>
      ok([backup('coachbook-20261125-090000.sqlite3', '2026-11-25T09:00:00Z', 5), backup('coachbook-20261124-090000.sqlite3', '2026-11-24T09:00:00Z', 4)]),
    );
    render(BackupsPanel, { onrestored: vi.fn() });
    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('5 people, 1 note, 12 feedback entries');
    expect(rows[1]).toHaveTextContent('MB');
    expect(rows[2]).toHaveTextContent('4 people');
  });

  test('says so when there are none, and Back up now adds one', async () => {
    mocked.listBackups.mockImplementationOnce(() => ok([])).mockImplementation(() => ok([backup('coachbook-20261125-100000.sqlite3', '2026-11-25T10:00:00Z', 1)]));
    mocked.backUpNow.mockImplementation(() => ok(backup('coachbook-20261125-100000.sqlite3', '2026-11-25T10:00:00Z', 1)));
    render(BackupsPanel, { onrestored: vi.fn() });
    expect(await screen.findByText(/No backups yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText(/1 person, 1 note/)).toBeInTheDocument();
    expect(mocked.backUpNow).toHaveBeenCalledOnce();
  });

  test('restoring asks first, says what happens to the current state, then hands over', async () => {
    const onrestored = vi.fn();
    mocked.listBackups.mockImplementation(() => ok([backup('coachbook-20261124-090000.sqlite3', '2026-11-24T09:00:00Z', 4)]));
    mocked.restoreBackup.mockImplementation(() => ok({ state: 'open' as const, path: '/data/coachbook.sqlite3' }));
    render(BackupsPanel, { onrestored });
    await userEvent.click(await screen.findByRole('button', { name: 'Restore…' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('backed up first');
    expect(mocked.restoreBackup).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(mocked.restoreBackup).toHaveBeenCalledWith('coachbook-20261124-090000.sqlite3');
    expect(onrestored).toHaveBeenCalledWith({ state: 'open', path: '/data/coachbook.sqlite3' });
  });

  test('without a workspace open there is nothing to back up', async () => {
    mocked.listBackups.mockImplementation(() => ok([]));
    render(BackupsPanel, { onrestored: vi.fn(), canBackUp: false });
    expect(await screen.findByText('There are no backups beside this file.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back up now' })).toBeNull();
  });

  test('the list shows before what each backup holds is counted; a backup that cannot be read says so', async () => {
    const first = backup('coachbook-20261125-090000.sqlite3', '2026-11-25T09:00:00Z', 5);
    const second = backup('coachbook-20261124-090000.sqlite3', '2026-11-24T09:00:00Z', 4);
    const uncounted = (b: Backup): Backup => ({ ...b, counted: false, people: 0, notes: 0, feedback: 0 });
    mocked.listBackups.mockImplementation(() => ok([uncounted(first), uncounted(second)]));
    let counted: (value: Backup[]) => void = () => {};
    mocked.countBackups.mockImplementation(() => new Promise((resolve) => (counted = (v) => resolve({ status: 'ok' as const, data: v }))));
    render(BackupsPanel, { onrestored: vi.fn() });
    const rows = await screen.findAllByRole('row');
    expect(rows[1]).toHaveTextContent('Counting…');
    expect(rows[1]).not.toHaveTextContent('0 people');
    counted([first, uncounted(second)]);
    expect(await screen.findByText('5 people, 1 note, 12 feedback entries')).toBeInTheDocument();
    expect(screen.getAllByRole('row')[2]).toHaveTextContent('Could not be read');
  });

  test('a list already counted asks for no counting', async () => {
    mocked.listBackups.mockImplementation(() => ok([backup('coachbook-20261125-090000.sqlite3', '2026-11-25T09:00:00Z', 5)]));
    render(BackupsPanel, { onrestored: vi.fn() });
    expect(await screen.findByText(/5 people/)).toBeInTheDocument();
    expect(mocked.countBackups).not.toHaveBeenCalled();
  });
});
