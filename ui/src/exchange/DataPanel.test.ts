import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import DataPanel from './DataPanel.svelte';
import ExportCsvButton from './ExportCsvButton.svelte';
import { commands } from '../lib/bindings';
import { fail, ok } from '../test/fixtures';
import { toasts } from '../lib/toasts.svelte';

vi.mock('../lib/bindings', () => ({
  commands: { exportAllCsv: vi.fn(), fullExport: vi.fn(), fullImport: vi.fn(), exportListCsv: vi.fn(), pickCsvFile: vi.fn() },
}));
const mocked = vi.mocked(commands);

beforeEach(() => {
  vi.resetAllMocks();
  toasts.items = [];
});

describe('your data', () => {
  test('every list goes to a folder as CSV files', async () => {
    mocked.exportAllCsv.mockImplementation(() => ok(['/out/team.csv', '/out/candidates.csv']));
    render(DataPanel);
    await userEvent.click(screen.getByTestId('export-all-csv'));
    expect(toasts.items.at(-1)?.message).toBe('Saved 2 CSV files in the folder you chose.');
  });

  test('the full export says how many private notes it holds', async () => {
    mocked.fullExport.mockImplementation(() => ok({ path: '/out/coachbook-export.json', tables: 30, rows: 1200, privateNotes: 3 }));
    render(DataPanel);
    await userEvent.click(screen.getByTestId('full-export'));
    expect(toasts.items.at(-1)?.message).toContain('3 private notes among them');
  });

  test('a cancelled dialog says nothing', async () => {
    mocked.fullExport.mockImplementation(() => ok(null));
    render(DataPanel);
    await userEvent.click(screen.getByTestId('full-export'));
    expect(toasts.items).toHaveLength(0);
  });

  test('importing a full export first explains it needs an empty workspace, and shows a refusal', async () => {
    const onimported = vi.fn();
    mocked.fullImport.mockImplementationOnce(() => fail({ kind: 'conflict', message: 'This workspace already holds data (people (1)).' }));
    mocked.fullImport.mockImplementationOnce(() => ok({ rows: 50, people: 4, exportedAt: '2026-11-20T09:00:00Z' }));
    render(DataPanel, { onimported });
    await userEvent.click(screen.getByTestId('open-full-import'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('only into an empty workspace');
    await userEvent.click(screen.getByTestId('full-import'));
    expect(toasts.items.at(-1)?.message).toContain('already holds data');
    expect(onimported).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('full-import'));
    expect(toasts.items.at(-1)?.message).toBe('Imported 50 records (4 people).');
    expect(onimported).toHaveBeenCalled();
  });

  test('the import buttons open the CSV import for people or weekly numbers', async () => {
    render(DataPanel);
    await userEvent.click(screen.getByTestId('open-import-people'));
    expect(screen.getByTestId('import-people')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByTestId('open-import-values'));
    expect(screen.getByTestId('import-values')).toHaveTextContent('KPI values and plan actuals');
  });
});

describe('export CSV button', () => {
  test('saves the list, only the rep given, and says where', async () => {
    mocked.exportListCsv.mockImplementation(() => ok('/out/feedback.csv'));
    render(ExportCsvButton, { kind: 'feedback', personId: 'ada' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV…' }));
    expect(mocked.exportListCsv).toHaveBeenCalledWith('feedback', 'ada');
    expect(toasts.items.at(-1)?.message).toBe('Saved /out/feedback.csv.');
  });

  test('a failure is shown', async () => {
    mocked.exportListCsv.mockImplementation(() => fail({ kind: 'storage', message: 'file error: disk full' }));
    render(ExportCsvButton, { kind: 'team' });
    await userEvent.click(screen.getByTestId('export-csv'));
    expect(toasts.items.at(-1)?.message).toBe('file error: disk full');
  });
});
