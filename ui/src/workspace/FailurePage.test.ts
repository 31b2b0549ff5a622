import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import FailurePage from './FailurePage.svelte';
import { commands, type WorkspaceStatus } from '../lib/bindings';
import { ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: { startFreshWorkspace: vi.fn(), openWorkspace: vi.fn(), createWorkspace: vi.fn(), quit: vi.fn(), listBackups: vi.fn() },
}));
const mocked = vi.mocked(commands);

const damaged: Extract<WorkspaceStatus, { state: 'failed' }> = {
  state: 'failed',
  path: '/home/ann/coachbook.sqlite3',
  problem: { kind: 'corrupt', detail: 'row 4 missing from index' },
  message: 'This workspace is damaged (row 4 missing from index). Restore a backup, or start a new workspace.',
};

beforeEach(() => {
  vi.resetAllMocks();
  mocked.listBackups.mockImplementation(() => ok([]));
});

describe('the failure page', () => {
  test('says what is wrong in words, with the file, and offers what can be done', () => {
    render(FailurePage, { status: damaged, onopened: vi.fn() });
    expect(screen.getByRole('heading', { name: 'This workspace is damaged' })).toBeInTheDocument();
    expect(screen.getByText(damaged.message)).toBeInTheDocument();
    expect(screen.getByText('/home/ann/coachbook.sqlite3')).toBeInTheDocument();
    for (const name of ['Start a new workspace', 'Open another workspace…', 'New workspace…', 'Quit']) {
      expect(screen.getByRole('button', { name })).toBeEnabled();
    }
    expect(screen.getByRole('heading', { name: 'Backups' })).toBeInTheDocument();
  });

  test('a new workspace that opens hands over to the app', async () => {
    const onopened = vi.fn();
    mocked.startFreshWorkspace.mockImplementation(() => ok({ state: 'open' as const, path: '/home/ann/coachbook (new).sqlite3' }));
    render(FailurePage, { status: damaged, onopened });
    await userEvent.click(screen.getByRole('button', { name: 'Start a new workspace' }));
    expect(onopened).toHaveBeenCalledOnce();
  });

  test('another file that fails too is described in its place; a cancelled dialog changes nothing', async () => {
    const onopened = vi.fn();
    mocked.openWorkspace
      .mockImplementationOnce(() => ok(null))
      .mockImplementationOnce(() =>
        ok({ state: 'failed' as const, path: '/tmp/music.db', problem: { kind: 'not_coachbook' as const }, message: 'This file is not a Coachbook workspace. It was left exactly as it was.' }),
      );
    render(FailurePage, { status: damaged, onopened });
    await userEvent.click(screen.getByRole('button', { name: 'Open another workspace…' }));
    expect(screen.getByRole('heading', { name: 'This workspace is damaged' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open another workspace…' }));
    expect(await screen.findByRole('heading', { name: 'This file is not a Coachbook workspace' })).toBeInTheDocument();
    expect(screen.getByText('/tmp/music.db')).toBeInTheDocument();
    expect(onopened).not.toHaveBeenCalled();
  });
});
