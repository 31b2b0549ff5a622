import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import SkillCheck from './SkillCheck.svelte';
import { commands, type SkillCheck as Check } from '../lib/bindings';
import { formatDay, todayIso } from '../lib/format';
import { fail, ok, person } from '../test/fixtures';
import { suggestion } from './labels';
import { toasts } from '../lib/toasts.svelte';
import { takeJump } from './jump';
import { workspace } from '../lib/workspace.svelte';

vi.mock('../lib/bindings', () => ({
  commands: { skillCheck: vi.fn(), setSkill: vi.fn(), removeSkill: vi.fn(), recordAttitude: vi.fn() },
}));

const mocked = vi.mocked(commands);
const ada = person({ id: 'ada', name: 'Ada Lovelace' });

function check(overrides: Partial<Check> = {}): Check {
  return {
    skills: [
      { name: 'Cold calling', status: 'trained', note: 'Did the course', fromPlan: true, added: false, updatedAt: null },
      { name: 'Handling price objections', status: 'missing', note: '', fromPlan: false, added: true, updatedAt: null },
    ],
    attitude: { assessedOn: '2026-11-02', willing: 'yes', able: 'no', facts: 'Asks for call reviews; freezes on price.' },
    history: [{ assessedOn: '2026-09-14', willing: 'unsure', able: 'no', facts: 'New in the job.' }],
    ...overrides,
  };
}

const emptyCheck: Check = { skills: [], attitude: null, history: [] };

beforeEach(() => {
  vi.resetAllMocks();
  mocked.skillCheck.mockImplementation(() => ok(check()));
  mocked.setSkill.mockImplementation(() => ok(check()));
  mocked.removeSkill.mockImplementation(() => ok(check({ skills: check().skills.slice(0, 1) })));
  mocked.recordAttitude.mockImplementation(() => ok(check()));
});

describe('the full skill check', () => {
  test('lists plan and added skills with their status as a labelled radio group', async () => {
    render(SkillCheck, { person: ada });
    const calling = await screen.findByRole('group', { name: 'Status of Cold calling' });
    expect(within(calling).getByRole('radio', { name: 'Trained' })).toBeChecked();
    expect(screen.getByText('From the plan')).toBeInTheDocument();
    expect(screen.getByText('Added')).toBeInTheDocument();
    expect(mocked.skillCheck).toHaveBeenCalledWith('ada');
  });

  test('choosing a status saves it with the skill name and its note', async () => {
    render(SkillCheck, { person: ada });
    const calling = await screen.findByRole('group', { name: 'Status of Cold calling' });
    await userEvent.click(within(calling).getByRole('radio', { name: 'Observed' }));
    expect(mocked.setSkill).toHaveBeenCalledWith('ada', { name: 'Cold calling', status: 'observed', note: 'Did the course' });
  });

  test('a status that does not save goes back to what it was, and the message is shown', async () => {
    mocked.setSkill.mockImplementation(() => fail({ kind: 'storage', message: 'The disk is full.' }));
    render(SkillCheck, { person: ada });
    const calling = await screen.findByRole('group', { name: 'Status of Cold calling' });
    await userEvent.click(within(calling).getByRole('radio', { name: 'Observed' }));
    await waitFor(() => expect(within(calling).getByRole('radio', { name: 'Trained' })).toBeChecked());
    expect(within(calling).getByRole('radio', { name: 'Observed' })).not.toBeChecked();
    expect(toasts.items.map((t) => t.message)).toContain('The disk is full.');
  });

  test('Enter saves a note; the backend message appears under that note', async () => {
    mocked.setSkill.mockImplementation(() => fail({ field: 'note', message: 'Note is too long.' }));
    render(SkillCheck, { person: ada });
    const note = await screen.findByLabelText('Note on Handling price objections');
    await userEvent.type(note, 'Practise in role plays{Enter}');
    expect(mocked.setSkill).toHaveBeenCalledWith('ada', { name: 'Handling price objections', status: 'missing', note: 'Practise in role plays' });
    expect(await screen.findByText('Note is too long.')).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
  });

  test('Esc puts a note back as it was saved', async () => {
    render(SkillCheck, { person: ada });
    const note = await screen.findByLabelText('Note on Cold calling');
    await userEvent.type(note, ' twice{Escape}');
    expect(note).toHaveValue('Did the course');
    expect(mocked.setSkill).not.toHaveBeenCalled();
  });

  test('adds a skill with a status; a name the backend refuses is named under the field', async () => {
    render(SkillCheck, { person: ada });
    await userEvent.type(await screen.findByLabelText('Add a skill'), 'Asking for budget');
    await userEvent.selectOptions(screen.getByLabelText('Its status'), 'Trained');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(mocked.setSkill).toHaveBeenCalledWith('ada', { name: 'Asking for budget', status: 'trained', note: null });
    await waitFor(() => expect(screen.getByLabelText('Add a skill')).toHaveValue(''));

    mocked.setSkill.mockImplementation(() => fail({ field: 'name', message: 'Skill must be at most 120 characters.' }));
    await userEvent.type(screen.getByLabelText('Add a skill'), 'Way too long{Enter}');
    expect(await screen.findByText('Skill must be at most 120 characters.')).toBeInTheDocument();
    expect(screen.getByLabelText('Add a skill')).toHaveAttribute('aria-invalid', 'true');
  });

  test('only added skills can be removed, and a removal can be undone', async () => {
    render(SkillCheck, { person: ada });
    await screen.findByRole('group', { name: 'Status of Cold calling' });
    expect(screen.queryByRole('button', { name: 'Remove Cold calling' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Handling price objections' }));
    expect(mocked.removeSkill).toHaveBeenCalledWith('ada', 'Handling price objections');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Status of Handling price objections' })).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(mocked.setSkill).toHaveBeenCalledWith('ada', { name: 'Handling price objections', status: 'missing', note: '' });
  });

  test('shows the latest judgement with its date, facts and what it suggests; earlier ones folded away', async () => {
    render(SkillCheck, { person: ada });
    const latest = await screen.findByTestId('latest-attitude');
    expect(latest).toHaveTextContent('Willing: yes · Able: no');
    expect(latest).toHaveTextContent(`judged ${formatDay('2026-11-02')}`);
    expect(latest).toHaveTextContent('Asks for call reviews; freezes on price.');
    expect(latest).toHaveTextContent('Willing, not able yet: train the skill');
    const history = screen.getByText('Earlier checks (1)').closest('details')!;
    expect(history).not.toHaveAttribute('open');
    expect(history).toHaveTextContent('New in the job.');
  });

  test('records a willing/able check dated today by default, with the facts', async () => {
    render(SkillCheck, { person: ada });
    const willing = await screen.findByRole('group', { name: 'Willing?' });
    const able = screen.getByRole('group', { name: 'Able?' });
    expect(screen.getByLabelText('Date')).toHaveValue(todayIso());
    await userEvent.click(within(willing).getByRole('radio', { name: 'No' }));
    await userEvent.click(within(able).getByRole('radio', { name: 'Yes' }));
    expect(screen.getByText('Able, not willing: find what motivates them; start from their personal goal.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/The facts behind it/), 'Hit 120% but skips the team calls.');
    await userEvent.click(screen.getByRole('button', { name: 'Record the check' }));
    expect(mocked.recordAttitude).toHaveBeenCalledWith('ada', {
      willing: 'no', able: 'yes', facts: 'Hit 120% but skips the team calls.', assessedOn: todayIso(),
    });
    await waitFor(() => expect(screen.getByLabelText(/The facts behind it/)).toHaveValue(''));
  });

  test('the facts are required, and a refused date is named under the date', async () => {
    render(SkillCheck, { person: ada });
    const willing = await screen.findByRole('group', { name: 'Willing?' });
    await userEvent.click(within(willing).getByRole('radio', { name: 'Yes' }));
    await userEvent.click(within(screen.getByRole('group', { name: 'Able?' })).getByRole('radio', { name: 'Unsure' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record the check' }));
    expect(screen.getByText('Say what you saw: the facts behind the judgement.')).toBeInTheDocument();
    expect(mocked.recordAttitude).not.toHaveBeenCalled();

    mocked.recordAttitude.mockImplementation(() => fail({ field: 'assessedOn', message: 'The date cannot be in the future.' }));
    await userEvent.type(screen.getByLabelText(/The facts behind it/), 'Watched two calls.');
    await userEvent.click(screen.getByRole('button', { name: 'Record the check' }));
    expect(await screen.findByText('The date cannot be in the future.')).toBeInTheDocument();
    expect(screen.getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
  });

  test('an empty check explains itself and where skills come from', async () => {
    mocked.skillCheck.mockImplementation(() => ok(emptyCheck));
    render(SkillCheck, { person: ada });
    expect(await screen.findByText(/Skills come from the activities in the plan, or add your own below/)).toBeInTheDocument();
    expect(screen.getByText(/Not judged yet/)).toBeInTheDocument();
  });
});

describe('the compact skill check', () => {
  test('lists skills with their status in words, the latest judgement with its date, and links to the full form', async () => {
    render(SkillCheck, { person: ada, compact: true });
    const list = await screen.findByRole('list', { name: 'Skills and their status' });
    expect(list).toHaveTextContent('Cold calling Trained');
    expect(list).toHaveTextContent('Handling price objections Missing');
    expect(screen.getByText('Willing: yes · Able: no')).toBeInTheDocument();
    expect(screen.getByText(`· ${formatDay('2026-11-02')}`)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Open the skill check' });
    expect(link).toHaveAttribute('href', '#/people/ada/goals');
    link.addEventListener('click', (e) => e.preventDefault());
    await userEvent.click(link);
    expect(takeJump('ada')).toBe(true);
  });

  test('shows a check it is given without loading it again', async () => {
    render(SkillCheck, { person: ada, compact: true, check: check({ attitude: null, history: [] }) });
    expect(screen.getByText('Not yet judged willing or able.')).toBeInTheDocument();
    expect(mocked.skillCheck).not.toHaveBeenCalled();
  });

  test('an empty check says what it is for', async () => {
    render(SkillCheck, { person: ada, compact: true, check: emptyCheck });
    expect(screen.getByText(/No skill check yet/)).toHaveTextContent("skills come from the plan's activities or can be added".replace('skills', 'Skills'));
  });
});

describe('what a willing/able judgement suggests', () => {
  test('each corner of the grid in plain words', () => {
    expect(suggestion('yes', 'yes')).toMatch(/coach to stretch/);
    expect(suggestion('yes', 'no')).toMatch(/train/);
    expect(suggestion('no', 'yes')).toMatch(/find what motivates/);
    expect(suggestion('no', 'no')).toMatch(/frank conversation/);
    expect(suggestion('unsure', 'unsure')).toMatch(/gather the facts/);
  });
});

describe("in a rep's own workspace", () => {
  beforeEach(() => {
    workspace.settings = { assessorName: null, mode: 'rep', me: 'ada', reminders: true, shareGoal: false };
  });
  afterEach(() => {
    workspace.settings = null;
  });

  test("the check is the manager's: shown to read, with nothing to change", async () => {
    render(SkillCheck, { person: ada });
    expect(await screen.findByTestId('manager-check')).toHaveTextContent("your manager's check");
    // Each skill with its status and note in words.
    expect(screen.getByText('Cold calling')).toBeInTheDocument();
    expect(screen.getByText('Trained')).toBeInTheDocument();
    expect(screen.getByText('Did the course')).toBeInTheDocument();
    expect(screen.getByText('Handling price objections')).toBeInTheDocument();
    expect(screen.getByText('Missing')).toBeInTheDocument();
    // The latest judgement and the earlier ones.
    expect(screen.getByTestId('latest-attitude')).toHaveTextContent('Asks for call reviews; freezes on price.');
    expect(screen.getByText('Earlier checks (1)')).toBeInTheDocument();
    // No status changes, no notes to type, no add or remove, no attitude form.
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Record a willing and able check' })).not.toBeInTheDocument();
    expect(mocked.setSkill).not.toHaveBeenCalled();
  });

  test('an empty check says the manager has not recorded one', async () => {
    mocked.skillCheck.mockImplementation(() => ok(emptyCheck));
    render(SkillCheck, { person: ada });
    expect(await screen.findByText('Your manager has not recorded a skill check yet.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Add a skill')).not.toBeInTheDocument();
  });
});
