import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import CsvImport from './CsvImport.svelte';
import { commands, type ImportPreview, type PickedCsv } from '../lib/bindings';
import { fail, ok } from '../test/fixtures';
import { toasts } from '../lib/toasts.svelte';

vi.mock('../lib/bindings', () => ({
  commands: { pickCsvFile: vi.fn(), previewPeopleImport: vi.fn(), importPeople: vi.fn(), previewValuesImport: vi.fn(), importValues: vi.fn() },
}));
const mocked = vi.mocked(commands);

const picked: PickedCsv = {
  token: 7,
  fileName: 'team.csv',
  headers: {
    headers: ['Full name', 'E-mail', 'Job'],
    people: { name: 'Full name', email: 'E-mail', title: null, startDate: null, opening: null, stage: null },
    values: { rep: null, week: null, name: null, value: null },
  },
};

const preview = (overrides: Partial<ImportPreview> = {}): ImportPreview => ({
  fields: ['Name', 'Email', 'Title', 'Start date', 'Opening'],
  rows: [
    { row: 2, cells: ['Grace Hopper', 'grace@example.com', '', '', ''] },
    { row: 3, cells: ['', 'bad', '', '', ''] },
  ],
  totalRows: 2,
  problems: [],
  problemCount: 0,
  duplicates: [],
  ready: 2,
  replaces: 0,
  ...overrides,
});

const withProblem = preview({
  problems: [{ row: 3, column: 'Full name', field: 'name', message: 'Name is required.' }],
  problemCount: 1,
  ready: 1,
});

beforeEach(() => {
  vi.resetAllMocks();
  toasts.items = [];
  mocked.pickCsvFile.mockImplementation(() => ok(picked));
});

describe('importing people from CSV', () => {
  test('before a file is chosen there is nothing to import', () => {
    render(CsvImport, { kind: 'people', onclose: vi.fn() });
    expect(screen.getByText('Nothing chosen yet.')).toBeInTheDocument();
    expect(screen.getByTestId('import-confirm')).toBeDisabled();
  });

  test('the guessed columns are filled in, the first rows shown, and problems listed by row and column', async () => {
    mocked.previewPeopleImport.mockImplementation(() => ok(withProblem));
    render(CsvImport, { kind: 'people', onclose: vi.fn() });
    await userEvent.click(screen.getByTestId('import-pick'));
    expect(await screen.findByTestId('import-preview')).toBeInTheDocument();
    expect(mocked.previewPeopleImport).toHaveBeenCalledWith(7, 'rep', expect.objectContaining({ name: 'Full name', email: 'E-mail', title: null }));
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Full name');
    expect(screen.getByLabelText('Title')).toHaveValue('');
    const rows = within(screen.getByTestId('import-preview')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Grace Hopper');
    const problems = screen.getByTestId('import-problems');
    expect(problems).toHaveTextContent('1 problem to fix');
    expect(problems).toHaveTextContent('Row 3 · Full name: Name is required.');
    expect(screen.getByTestId('import-confirm')).toBeDisabled();
  });

  test('changing a column previews again with the new mapping', async () => {
    mocked.previewPeopleImport.mockImplementation(() => ok(preview()));
    render(CsvImport, { kind: 'people', onclose: vi.fn() });
    await userEvent.click(screen.getByTestId('import-pick'));
    await screen.findByTestId('import-preview');
    await userEvent.selectOptions(screen.getByLabelText('Title'), 'Job');
    await waitFor(() => expect(mocked.previewPeopleImport).toHaveBeenLastCalledWith(7, 'rep', expect.objectContaining({ title: 'Job' })));
  });

  test('a mapping the backend refuses shows its message beside that select', async () => {
    mocked.previewPeopleImport.mockImplementation(() => fail({ field: 'mapping.name', message: 'Choose the column that holds the name.' }));
    render(CsvImport, { kind: 'people', onclose: vi.fn() });
    await userEvent.click(screen.getByTestId('import-pick'));
    expect(await screen.findByText('Choose the column that holds the name.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
  });

  test('a file that cannot be read says why', async () => {
    mocked.pickCsvFile.mockImplementation(() => fail({ field: 'file', message: 'The file is not UTF-8 text.' }));
    render(CsvImport, { kind: 'people', onclose: vi.fn() });
    await userEvent.click(screen.getByTestId('import-pick'));
    expect(await screen.findByTestId('import-error')).toHaveTextContent('not UTF-8');
  });

  test('duplicates are listed and left out unless asked for; the import ends with a count', async () => {
    const onclose = vi.fn();
    const ondone = vi.fn();
    mocked.previewPeopleImport.mockImplementation(() =>
      ok(preview({ duplicates: [{ row: 3, name: 'Ada', email: 'ada@example.com', matches: 'Ada Lovelace, already in Coachbook' }], ready: 1 })),
    );
    mocked.importPeople.mockImplementation(() => ok({ imported: 2, skippedDuplicates: 0, replaced: 0 }));
    render(CsvImport, { kind: 'people', onclose, ondone });
    await userEvent.click(screen.getByTestId('import-pick'));
    expect(await screen.findByTestId('import-duplicates')).toHaveTextContent('Row 3: Ada (ada@example.com) — the same as Ada Lovelace, already in Coachbook');
    expect(screen.getByTestId('import-confirm')).toHaveTextContent('Import 1');
    await userEvent.click(screen.getByLabelText('Import duplicates too'));
    expect(screen.getByTestId('import-confirm')).toHaveTextContent('Import 2');
    await userEvent.click(screen.getByTestId('import-confirm'));
    expect(mocked.importPeople).toHaveBeenCalledWith(7, 'rep', expect.objectContaining({ name: 'Full name' }), true);
    expect(toasts.items.at(-1)?.message).toBe('Imported 2 reps.');
    expect(ondone).toHaveBeenCalled();
    expect(onclose).toHaveBeenCalled();
  });

  test('candidates need an opening column and may map a stage', async () => {
    mocked.previewPeopleImport.mockImplementation(() => ok(preview()));
    render(CsvImport, { kind: 'people', onclose: vi.fn() });
    await userEvent.selectOptions(screen.getByLabelText('Import as'), 'candidate');
    await userEvent.click(screen.getByTestId('import-pick'));
    await screen.findByTestId('import-preview');
    expect(screen.getByLabelText(/^Opening/)).toBeRequired();
    expect(screen.getByLabelText('Stage')).toBeInTheDocument();
    expect(mocked.previewPeopleImport).toHaveBeenLastCalledWith(7, 'candidate', expect.anything());
  });
});

describe('importing weekly numbers from CSV', () => {
  test('previews with the values mapping and reports values replaced', async () => {
    mocked.pickCsvFile.mockImplementation(() =>
      ok({ ...picked, headers: { ...picked.headers, values: { rep: 'Rep', week: 'Week', name: 'KPI', value: 'Value' } } }),
    );
    mocked.previewValuesImport.mockImplementation(() =>
      ok(preview({ fields: ['Rep', 'Week', 'KPI or activity', 'Value', 'Recorded as'], rows: [{ row: 2, cells: ['Ada', '2026-11-02', 'Calls', '7', 'Plan activity'] }], totalRows: 1, ready: 1, replaces: 1 })),
    );
    mocked.importValues.mockImplementation(() => ok({ imported: 1, skippedDuplicates: 0, replaced: 1 }));
    render(CsvImport, { kind: 'values', onclose: vi.fn() });
    await userEvent.click(screen.getByTestId('import-pick'));
    expect(await screen.findByText('1 value will replace one recorded already.')).toBeInTheDocument();
    expect(mocked.previewValuesImport).toHaveBeenCalledWith(7, { rep: 'Rep', week: 'Week', name: 'KPI', value: 'Value' });
    await userEvent.click(screen.getByTestId('import-confirm'));
    expect(toasts.items.at(-1)?.message).toBe('Imported 1 value; 1 earlier value replaced.');
  });

  test('an import refused by the backend keeps the dialog open with the message', async () => {
    mocked.previewValuesImport.mockImplementation(() => ok(preview()));
    mocked.importValues.mockImplementation(() => fail({ field: 'file', message: 'Nothing was imported: the file has 1 problem.' }));
    const onclose = vi.fn();
    render(CsvImport, { kind: 'values', onclose });
    await userEvent.click(screen.getByTestId('import-pick'));
    await screen.findByTestId('import-preview');
    await userEvent.click(screen.getByTestId('import-confirm'));
    expect(await screen.findByTestId('import-error')).toHaveTextContent('Nothing was imported');
    expect(onclose).not.toHaveBeenCalled();
  });
});
