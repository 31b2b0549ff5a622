import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import DocumentActions from './DocumentActions.svelte';
import { commands, type DocumentRequest } from '../lib/bindings';
import { toasts } from '../lib/toasts.svelte';
import { fail, ok } from '../test/fixtures';

vi.mock('../lib/bindings', () => ({ commands: { saveDocument: vi.fn(), printDocument: vi.fn() } }));
const mocked = vi.mocked(commands);

const packet: DocumentRequest = { kind: 'candidatePacket', candidateId: 'cy' };
const messages = () => toasts.items.map((t) => t.message);

beforeEach(() => {
  vi.resetAllMocks();
  for (const t of [...toasts.items]) toasts.dismiss(t.id);
});

describe('document actions', () => {
  test('are a labelled group of two buttons named by the testid', () => {
    render(DocumentActions, { request: packet, label: 'Candidate packet', testid: 'packet', hint: 'For the hiring committee.' });
    const group = screen.getByRole('group', { name: 'Candidate packet' });
    expect(group).toHaveAccessibleDescription('For the hiring committee.');
    expect(within(group).getByRole('button', { name: 'Save as PDF…' })).toHaveAttribute('data-testid', 'save-pdf-packet');
    expect(within(group).getByRole('button', { name: 'Print…' })).toHaveAttribute('data-testid', 'print-pdf-packet');
  });

  test('Save as PDF sends the request and names the file saved', async () => {
    mocked.saveDocument.mockImplementation(() => ok('/home/me/Documents/Candidate packet Cy Young.pdf'));
    render(DocumentActions, { request: packet, label: 'Candidate packet', testid: 'packet' });
    await userEvent.click(screen.getByTestId('save-pdf-packet'));
    expect(mocked.saveDocument).toHaveBeenCalledWith(packet);
    await waitFor(() => expect(messages()).toEqual(['Saved Candidate packet Cy Young.pdf']));
    expect(toasts.items[0].kind).toBe('info');
  });

  test('a Windows path gives its file name too', async () => {
    mocked.saveDocument.mockImplementation(() => ok('C:\\Users\\me\\Recap.pdf'));
    render(DocumentActions, { request: packet, label: 'Candidate packet', testid: 'packet' });
    await userEvent.click(screen.getByTestId('save-pdf-packet'));
    await waitFor(() => expect(messages()).toEqual(['Saved Recap.pdf']));
  });

  test('a cancelled save dialog says nothing', async () => {
    mocked.saveDocument.mockImplementation(() => ok(null));
    render(DocumentActions, { request: packet, label: 'Candidate packet', testid: 'packet' });
    await userEvent.click(screen.getByTestId('save-pdf-packet'));
    await waitFor(() => expect(screen.getByTestId('save-pdf-packet')).toBeEnabled());
    expect(toasts.items).toEqual([]);
  });

  test("the backend's message is shown when the document cannot be made", async () => {
    mocked.printDocument.mockImplementation(() => fail({ kind: 'not_found', message: 'This meeting is in the trash.' }));
    render(DocumentActions, { request: { kind: 'meetingRecap', meetingId: 'm1' }, label: 'Recap', testid: 'recap' });
    await userEvent.click(screen.getByTestId('print-pdf-recap'));
    expect(mocked.printDocument).toHaveBeenCalledWith({ kind: 'meetingRecap', meetingId: 'm1' });
    await waitFor(() => expect(toasts.items).toMatchObject([{ kind: 'error', message: 'This meeting is in the trash.' }]));
  });

  test('while it works the buttons are disabled and say so; focus comes back after', async () => {
    let finish: (path: string) => void = () => {};
    mocked.printDocument.mockImplementation(() => new Promise((resolve) => (finish = (data) => resolve({ status: 'ok', data }))));
    render(DocumentActions, { request: packet, label: 'Candidate packet', testid: 'packet' });
    const print = screen.getByTestId('print-pdf-packet');
    await userEvent.click(print);
    expect(print).toBeDisabled();
    expect(print).toHaveTextContent('Opening…');
    expect(screen.getByTestId('save-pdf-packet')).toBeDisabled();
    await userEvent.click(print);
    expect(mocked.printDocument).toHaveBeenCalledOnce();
    finish('/tmp/coachbook/packet.pdf');
    await waitFor(() => expect(print).toBeEnabled());
    expect(print).toHaveTextContent('Print…');
    expect(print).toHaveFocus();
    expect(toasts.items).toEqual([]);
  });

  test('saving says Saving… while the file is written', async () => {
    let finish: (path: string | null) => void = () => {};
    mocked.saveDocument.mockImplementation(() => new Promise((resolve) => (finish = (data) => resolve({ status: 'ok', data }))));
    render(DocumentActions, { request: packet, label: 'Candidate packet', testid: 'packet' });
    await userEvent.click(screen.getByTestId('save-pdf-packet'));
    expect(screen.getByTestId('save-pdf-packet')).toHaveTextContent('Saving…');
    finish(null);
    await waitFor(() => expect(screen.getByTestId('save-pdf-packet')).toHaveTextContent('Save as PDF…'));
  });

  test('a request made when asked is sent as made; none means nothing to do', async () => {
    mocked.saveDocument.mockImplementation(() => ok(null));
    const kit: DocumentRequest = { kind: 'interviewKit', rubricIds: ['r1'], candidateId: 'cy' };
    const make = vi.fn().mockResolvedValueOnce(kit).mockResolvedValueOnce(null);
    render(DocumentActions, { request: make, label: 'Interview kit', testid: 'kit' });
    await userEvent.click(screen.getByTestId('save-pdf-kit'));
    await waitFor(() => expect(mocked.saveDocument).toHaveBeenCalledWith(kit));
    await userEvent.click(screen.getByTestId('save-pdf-kit'));
    expect(make).toHaveBeenCalledTimes(2);
    expect(mocked.saveDocument).toHaveBeenCalledOnce();
  });
});
