import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import Root from './Root.svelte';
import { commands } from '../lib/bindings';
import { ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({ commands: { workspaceStatus: vi.fn(), listBackups: vi.fn() } }));
vi.mock('../App.svelte', async () => ({ default: (await import('./AppStub.svelte' as string)).default }));
const mocked = vi.mocked(commands);

beforeEach(() => vi.resetAllMocks());

describe('the window root', () => {
  test('says it is opening the workspace until the backend has opened it, then shows the app', async () => {
    let opened: (value: unknown) => void = () => {};
    mocked.workspaceStatus.mockImplementation(() => new Promise((resolve) => (opened = resolve)) as never);
    render(Root);
    expect(screen.getByRole('status')).toHaveTextContent('Opening your workspace…');
    opened({ status: 'ok', data: { state: 'open', path: '/tmp/w.sqlite3' } });
    expect(await screen.findByText('the app')).toBeInTheDocument();
    expect(screen.queryByText('Opening your workspace…')).toBeNull();
  });

  test('a protected workspace asks for its passphrase first', async () => {
    mocked.workspaceStatus.mockImplementation(() =>
      ok({ state: 'failed' as const, path: '/tmp/w.sqlite3', problem: { kind: 'encrypted' as const }, message: 'Protected.' }),
    );
    render(Root);
    expect(await screen.findByRole('heading', { name: 'This workspace is protected' })).toBeInTheDocument();
  });
});
