import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import UnlockPage from './UnlockPage.svelte';
import ProtectionPanel from './ProtectionPanel.svelte';
import { commands, type WorkspaceStatus } from '../lib/bindings';
import { fail, ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    unlockWorkspace: vi.fn(), openWorkspace: vi.fn(), quit: vi.fn(),
    protectWorkspace: vi.fn(), changePassphrase: vi.fn(), removeProtection: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

const locked: Extract<WorkspaceStatus, { state: 'failed' }> = {
  state: 'failed',
  path: '/home/ann/coachbook.sqlite3',
  problem: { kind: 'encrypted' },
  message: 'This workspace is protected with a passphrase. Enter it to open the workspace.',
};

beforeEach(() => vi.resetAllMocks());

describe('unlocking', () => {
  test('a wrong passphrase is said under the field and the page stays', async () => {
    const onopened = vi.fn();
    mocked.unlockWorkspace.mockImplementation(() =>
      fail({ kind: 'invalid', message: 'That passphrase does not open this workspace. Nothing was changed.', field: 'passphrase' }),
    );
    render(UnlockPage, { status: locked, onopened });
    await userEvent.type(screen.getByLabelText('Passphrase'), 'wrong one{Enter}');
    expect(await screen.findByText(/does not open this workspace/)).toBeInTheDocument();
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Passphrase')).toHaveValue('');
    expect(onopened).not.toHaveBeenCalled();
  });

  test('the right passphrase opens the workspace', async () => {
    const onopened = vi.fn();
    mocked.unlockWorkspace.mockImplementation(() => ok({ state: 'open' as const, path: locked.path }));
    render(UnlockPage, { status: locked, onopened });
    await userEvent.type(screen.getByLabelText('Passphrase'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(mocked.unlockWorkspace).toHaveBeenCalledWith('correct horse battery');
    expect(onopened).toHaveBeenCalledOnce();
  });
});

describe('the passphrase in Settings', () => {
  test('protecting asks twice and refuses two different passphrases without calling the backend', async () => {
    render(ProtectionPanel, { isProtected: false, onchanged: vi.fn() });
    await userEvent.type(screen.getByLabelText('Passphrase', { selector: 'input' }), 'correct horse battery');
    await userEvent.type(screen.getByLabelText('Type it again'), 'correct horse batterz');
    await userEvent.click(screen.getByRole('button', { name: 'Protect with a passphrase' }));
    expect(screen.getByText('The two passphrases differ.')).toBeInTheDocument();
    expect(mocked.protectWorkspace).not.toHaveBeenCalled();
  });

  test("the backend's message shows under the field it names", async () => {
    const onchanged = vi.fn();
    mocked.changePassphrase.mockImplementation(() => fail({ kind: 'invalid', message: "That is not the workspace's current passphrase.", field: 'current' }));
    render(ProtectionPanel, { isProtected: true, onchanged });
    await userEvent.type(screen.getByLabelText('Current passphrase'), 'guess');
    await userEvent.type(screen.getByLabelText('New passphrase'), 'second passphrase');
    await userEvent.type(screen.getByLabelText('Type it again'), 'second passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText("That is not the workspace's current passphrase.")).toBeInTheDocument();
    expect(screen.getByLabelText('Current passphrase')).toHaveAttribute('aria-invalid', 'true');
    expect(onchanged).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Remove protection' })).toBeEnabled();
  });
});
