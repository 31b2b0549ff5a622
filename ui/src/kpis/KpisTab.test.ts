import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import KpisTab from './KpisTab.svelte';
import { commands, type Kpi, type KpiSeries } from '../lib/bindings';
import { setLocale } from '../lib/format';
import { toasts } from '../lib/toasts.svelte';
import { fail, ok, person, trashEntry } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    kpiSeries: vi.fn(), createKpi: vi.fn(), updateKpi: vi.fn(), archiveKpi: vi.fn(), recordKpiValue: vi.fn(), deleteKpi: vi.fn(),
    restoreFromTrash: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

// The charting library draws on a canvas jsdom lacks.
vi.mock('uplot', () => ({
  default: class {
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));

const ada = person({ id: 'ada', name: 'Ada Lovelace' });
const calls: Kpi = { id: 'k1', personId: 'ada', name: 'Calls', unit: 'calls', kind: 'count', weeklyTarget: 50, warnDrop: 0.2, archivedAt: null };
const rate: Kpi = { id: 'k2', personId: 'ada', name: 'Connect rate', unit: '', kind: 'ratio', weeklyTarget: 0.2, warnDrop: null, archivedAt: null };

function series(kpi: Kpi): KpiSeries {
  return {
    kpi,
    points: [
      { week: '2026-11-02', label: 'w/c 2 Nov', value: 40 },
      { week: '2026-11-09', label: 'w/c 9 Nov', value: null },
    ],
    warning: { state: 'not_enough_history', recentAverage: null, baselineAverage: null, drop: null, recentWeeks: 1, baselineWeeks: 0 },
  };
}

beforeEach(() => {
  vi.resetAllMocks();
  mocked.kpiSeries.mockImplementation(() => ok([series(calls), series(rate)]));
});

afterEach(() => setLocale(null));

describe("a rep's KPIs tab", () => {
  test("a KPI's name, unit and target are edited in place; Enter saves, keeping its kind and warning", async () => {
    mocked.updateKpi.mockImplementation((_, input) => ok({ ...calls, ...input, unit: input.unit ?? '' }));
    render(KpisTab, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Calls' }));
    const form = screen.getByRole('form', { name: 'Edit Calls' });
    const name = within(form).getByLabelText('Name');
    expect(name).toHaveFocus();
    expect(within(form).getByLabelText('Unit')).toHaveValue('calls');
    const target = within(form).getByLabelText('Weekly target');
    expect(target).toHaveValue('50');
    await userEvent.clear(name);
    await userEvent.type(name, 'Calls made');
    await userEvent.clear(target);
    await userEvent.type(target, '60{Enter}');
    expect(mocked.updateKpi).toHaveBeenCalledWith('k1', { name: 'Calls made', unit: 'calls', kind: 'count', weeklyTarget: 60, warnDrop: 0.2 });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit Calls' })).not.toBeInTheDocument());
    expect(mocked.kpiSeries).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Calls' })).toHaveFocus());
  });

  test("a ratio's target is edited as a percentage and stored as a share", async () => {
    mocked.updateKpi.mockImplementation((_, input) => ok({ ...rate, ...input, unit: '' }));
    render(KpisTab, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Connect rate' }));
    const form = screen.getByRole('form', { name: 'Edit Connect rate' });
    expect(within(form).queryByLabelText('Unit')).not.toBeInTheDocument();
    const target = within(form).getByLabelText('Weekly target (%)');
    expect(target).toHaveValue('20');
    await userEvent.clear(target);
    await userEvent.type(target, '25{Enter}');
    expect(mocked.updateKpi).toHaveBeenCalledWith('k2', { name: 'Connect rate', unit: null, kind: 'ratio', weeklyTarget: 0.25, warnDrop: null });
  });

  test("the backend's message appears under the field it names; Esc cancels without saving", async () => {
    mocked.updateKpi.mockImplementation(() => fail({ field: 'weeklyTarget', message: 'The weekly target cannot be negative.' }));
    render(KpisTab, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Calls' }));
    const target = screen.getByLabelText('Weekly target', { selector: '#kpi-k1-weeklyTarget' });
    await userEvent.clear(target);
    await userEvent.type(target, '-5{Enter}');
    expect(await screen.findByText('The weekly target cannot be negative.')).toBeInTheDocument();
    expect(target).toHaveAccessibleDescription('The weekly target cannot be negative.');
    await waitFor(() => expect(target).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Edit Calls' })).not.toBeInTheDocument();
    expect(mocked.updateKpi).toHaveBeenCalledTimes(1);
  });

  test('a target that is not a number is caught before saving', async () => {
    render(KpisTab, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Calls' }));
    const target = screen.getByLabelText('Weekly target', { selector: '#kpi-k1-weeklyTarget' });
    await userEvent.clear(target);
    await userEvent.type(target, 'lots{Enter}');
    expect(await screen.findByText(/Enter the weekly target as a number/)).toBeInTheDocument();
    expect(mocked.updateKpi).not.toHaveBeenCalled();
  });

  test("adding a KPI shows the backend's message under the field it names", async () => {
    mocked.createKpi.mockImplementation(() => fail({ field: 'name', message: 'A KPI needs a name.' }));
    render(KpisTab, { person: ada });
    const add = await screen.findByRole('form', { name: 'Add a KPI' });
    await userEvent.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('A KPI needs a name.')).toHaveAttribute('id', 'kpi-name-error');
    expect(within(add).getByLabelText('Name')).toHaveAccessibleDescription('A KPI needs a name.');
  });

  test('weeks read "w/c 2 Nov" and numbers are typed and shown as the locale writes them', async () => {
    setLocale('de-DE');
    mocked.kpiSeries.mockImplementation(() => ok([series({ ...calls, weeklyTarget: 1250.5 }), { ...series(rate), points: [{ week: '2026-11-02', label: '2026-W45', value: 0.125 }] }]));
    mocked.recordKpiValue.mockImplementation(() => ok(null));
    render(KpisTab, { person: ada });
    const grid = await screen.findByRole('table');
    expect(within(grid).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/^w\/c 2 Nov/)]));
    expect(screen.getByRole('img', { name: /^Calls by week:/ })).toHaveAccessibleName(/^Calls by week: w\/c 2 Nov( 2026)? 40; w\/c 9 Nov( 2026)? not recorded$/);
    expect(screen.getByText(/target 1\.250,5 a week/)).toBeInTheDocument();
    const rateCell = screen.getByLabelText(/^Connect rate, w\/c 2 Nov/);
    expect(rateCell).toHaveValue('12,5');
    const cell = screen.getByLabelText(/^Calls, w\/c 9 Nov/);
    await userEvent.type(cell, '1.234,5');
    await userEvent.tab();
    expect(mocked.recordKpiValue).toHaveBeenCalledWith('k1', '2026-11-09', 1234.5);
    await userEvent.clear(rateCell);
    await userEvent.type(rateCell, '7,5 %');
    await userEvent.tab();
    expect(mocked.recordKpiValue).toHaveBeenCalledWith('k2', '2026-11-02', 0.075);
  });

  test('a KPI is deleted with its weekly values after asking, and Undo brings it back', async () => {
    for (const t of [...toasts.items]) toasts.dismiss(t.id);
    const entry = trashEntry({ id: 't-k1', kind: 'kpi', title: 'Calls', onDate: null, records: 3 });
    mocked.deleteKpi.mockImplementation(() => ok(entry));
    mocked.restoreFromTrash.mockImplementation(() => ok(entry));
    render(KpisTab, { person: ada });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Calls' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the KPI “Calls”?' });
    expect(dialog).toHaveTextContent('Calls and all its weekly values go to the trash.');
    expect(dialog).toHaveTextContent('archive it instead');
    mocked.kpiSeries.mockImplementation(() => ok([series(rate)]));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete KPI' }));
    expect(mocked.deleteKpi).toHaveBeenCalledWith('k1');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit Calls' })).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(toasts.items[0].message).toBe('Moved to the trash: KPI: Calls (Ada Lovelace).');
    mocked.kpiSeries.mockImplementation(() => ok([series(calls), series(rate)]));
    await toasts.act(toasts.items[0].id);
    expect(mocked.restoreFromTrash).toHaveBeenCalledWith('t-k1');
    expect(await screen.findByRole('button', { name: 'Edit Calls' })).toBeInTheDocument();
  });
});
