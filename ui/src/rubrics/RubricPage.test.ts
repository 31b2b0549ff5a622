import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import RubricPage from './RubricPage.svelte';
import { commands, type Rubric } from '../lib/bindings';
import { toasts } from '../lib/toasts.svelte';
import { fail, ok, scorecard, trashEntry } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({
  commands: {
    getRubric: vi.fn(), getRubricVersion: vi.fn(), listRubricVersions: vi.fn(), duplicateRubric: vi.fn(), archiveRubric: vi.fn(),
    restoreRubric: vi.fn(), deleteRubric: vi.fn(), restoreFromTrash: vi.fn(), saveDocument: vi.fn(), printDocument: vi.fn(),
  },
}));
const mocked = vi.mocked(commands);

// The fixture scorecard's rubric: one of your own, "Pitch".
const pitch: Rubric = { ...scorecard().rubric, scorecards: 0 };

beforeEach(() => {
  vi.resetAllMocks();
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
  mocked.getRubric.mockImplementation(() => ok(pitch));
  mocked.listRubricVersions.mockImplementation(() => ok([]));
  window.location.hash = '#/rubrics/r1';
});

describe('a rubric of your own', () => {
  test('is deleted after asking, back to the rubric list with Undo', async () => {
    mocked.deleteRubric.mockImplementation(() => ok(trashEntry({ id: 't-r1', kind: 'rubric', title: 'Pitch', personId: null, personName: null, onDate: null })));
    render(RubricPage, { id: 'r1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the rubric “Pitch”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete rubric' }));
    expect(mocked.deleteRubric).toHaveBeenCalledWith('r1');
    await waitFor(() => expect(window.location.hash).toBe('#/rubrics'));
    expect(toasts.items[0]).toMatchObject({ message: 'Moved to the trash: Rubric: Pitch.', action: { label: 'Undo' } });
  });

  test('that scorecards use is not deleted: the dialog says why', async () => {
    const why = "2 scorecard(s) use 'Pitch', so it cannot be deleted; archive it to hide it.";
    mocked.deleteRubric.mockImplementation(() => fail({ kind: 'conflict', message: why }));
    render(RubricPage, { id: 'r1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    await userEvent.keyboard('{Enter}');
    expect(await within(screen.getByRole('alertdialog')).findByRole('alert')).toHaveTextContent(why);
    expect(window.location.hash).toBe('#/rubrics/r1');
  });

  test('archived, it offers Undo, which restores it', async () => {
    mocked.archiveRubric.mockImplementation(() => ok({ ...pitch, archivedAt: '2026-11-20T10:00:00Z' }));
    mocked.restoreRubric.mockImplementation(() => ok(pitch));
    render(RubricPage, { id: 'r1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Restore' })).toBeInTheDocument();
    expect(toasts.items[0]).toMatchObject({ message: 'Archived: no new scorecards will use it.', action: { label: 'Undo' } });
    await toasts.act(toasts.items[0].id);
    expect(mocked.restoreRubric).toHaveBeenCalledWith('r1');
    expect(await screen.findByRole('button', { name: 'Archive' })).toBeInTheDocument();
  });
});

test('a built-in rubric cannot be deleted', async () => {
  mocked.getRubric.mockImplementation(() => ok({ ...pitch, builtin: true }));
  render(RubricPage, { id: 'r1' });
  expect(await screen.findByRole('button', { name: 'Archive' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
});

test('its interview kit is saved as a PDF: blank sheets for this rubric, for no one in particular', async () => {
  mocked.saveDocument.mockImplementation(() => ok('/home/me/Interview kit Pitch.pdf'));
  render(RubricPage, { id: 'r1' });
  const kit = await screen.findByRole('group', { name: 'Interview kit' });
  expect(within(kit).getByRole('button', { name: 'Print…' })).toHaveAttribute('data-testid', 'print-pdf-kit');
  await userEvent.click(within(kit).getByRole('button', { name: 'Save as PDF…' }));
  expect(mocked.saveDocument).toHaveBeenCalledWith({ kind: 'interviewKit', rubricIds: ['r1'], candidateId: null });
  await waitFor(() => expect(toasts.items.map((t) => t.message)).toContain('Saved Interview kit Pitch.pdf'));
});

test('an older version offers no kit: it would be made from the newest', async () => {
  mocked.getRubricVersion.mockImplementation(() => ok({ ...pitch, version: 1, latestVersion: 2 }));
  render(RubricPage, { id: 'r1', versionId: 'v1' });
  expect(await screen.findByText(/This is version 1/)).toBeInTheDocument();
  expect(screen.queryByRole('group', { name: 'Interview kit' })).not.toBeInTheDocument();
});
