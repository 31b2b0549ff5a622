import { render, screen } from '@testing-library/svelte';
import { beforeEach, expect, test, vi } from 'vitest';
import IntegrityBanner from './IntegrityBanner.svelte';
import { commands } from '../lib/bindings';
import { fail, ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({ commands: { workspaceIntegrity: vi.fn() } }));
const mocked = vi.mocked(commands);

beforeEach(() => vi.resetAllMocks());

test('damage found by the background check is shown with the way to a backup', async () => {
  mocked.workspaceIntegrity.mockImplementation(() => ok({ state: 'damaged' as const, detail: 'invalid page number 91234' }));
  render(IntegrityBanner);
  const banner = await screen.findByRole('alert');
  expect(banner).toHaveTextContent('This workspace file is damaged (invalid page number 91234)');
  expect(banner).toHaveTextContent('No automatic backup will be made of it');
  expect(screen.getByRole('link', { name: 'Restore a backup in Settings' })).toHaveAttribute('href', '#/settings');
});

test('a sound file, or a check that could not be asked, shows nothing', async () => {
  mocked.workspaceIntegrity.mockImplementation(() => ok({ state: 'sound' as const }));
  const { unmount } = render(IntegrityBanner);
  await vi.waitFor(() => expect(mocked.workspaceIntegrity).toHaveBeenCalled());
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  unmount();
  mocked.workspaceIntegrity.mockImplementation(() => fail({ message: 'No workspace is open' }));
  render(IntegrityBanner);
  await vi.waitFor(() => expect(mocked.workspaceIntegrity).toHaveBeenCalledTimes(2));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
});
