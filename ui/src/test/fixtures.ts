// Sample backend values for UI tests.
import type { Person, PersonSummary, ApiError } from '../lib/bindings';

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: '0190a0b0-0000-7000-8000-000000000001',
    role: 'rep',
    name: 'Ada Lovelace',
    email: 'ada@example.com',
    title: 'Account Executive',
    startDate: '2025-09-01',
    notes: '',
    opening: null,
    stage: null,
    hiredAt: null,
    archivedAt: null,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...overrides,
  };
}

export function summary(overrides: Partial<PersonSummary> = {}): PersonSummary {
  const { notes: _notes, hiredAt: _hired, createdAt: _created, ...rest } = person();
  return { ...rest, ...overrides };
}

export const ok = <T>(data: T) => Promise.resolve({ status: 'ok' as const, data });
export const fail = (error: Partial<ApiError> & { message: string }) =>
  Promise.resolve({ status: 'error' as const, error: { kind: 'invalid' as const, field: null, ...error } });

import type { Scorecard } from '../lib/bindings';

/** A draft interview scorecard on a two-criterion rubric. */
export function scorecard(overrides: Partial<Scorecard> = {}): Scorecard {
  const criteria = [
    { id: 'c1', name: 'Clarity', description: '', weight: 1, anchors: ['a1', 'a2', 'a3', 'a4', 'a5'], tag: null },
    { id: 'c2', name: 'Energy', description: '', weight: 1, anchors: ['b1', 'b2', 'b3', 'b4', 'b5'], tag: null },
  ];
  return {
    id: 'card-1',
    personId: 'cy',
    personName: 'Cy Young',
    personRole: 'candidate',
    rubric: {
      id: 'r1', versionId: 'v1', version: 1, latestVersion: 1, name: 'Pitch', kind: 'custom', description: '',
      timeLimitSeconds: null, builtin: false, criteria, scorecards: 1, archivedAt: null, createdAt: '2026-11-01T00:00:00Z',
    },
    assessor: 'Mo',
    scoredOn: '2026-11-20',
    status: 'draft',
    recommendation: null,
    takeaways: '',
    material: '',
    timer: { elapsedMs: 0, runningSince: null, durationMs: null },
    timing: null,
    rounds: [
      {
        round: 1,
        coaching: '',
        scores: criteria.map((c) => ({ criterionId: c.id, score: null, note: '' })),
        total: { share: null, scored: 0, missing: 2 },
      },
    ],
    total: { share: null, scored: 0, missing: 2 },
    changes: [],
    coachability: null,
    amendments: [],
    submittedAt: null,
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    ...overrides,
  };
}

import type { TrashEntry } from '../lib/bindings';

/** A one-on-one in the trash (with its notes: four records). */
export function trashEntry(overrides: Partial<TrashEntry> = {}): TrashEntry {
  return {
    id: 't1', kind: 'meeting', title: 'Weekly one-on-one', personId: 'ada', personName: 'Ada Lovelace', onDate: '2026-11-02',
    records: 4, deletedAt: '2026-11-20T10:00:00Z', ...overrides,
  };
}

import type { AppliedPack, Conflict, Invitation, Link, SentPack } from '../lib/bindings';

/** A manager's link to Ada's own workspace, answered, with a pack each way. */
export function link(overrides: Partial<Link> = {}): Link {
  return {
    id: 'link-ada', peerRole: 'rep', peerName: 'Ada Lovelace', answered: true, personId: 'ada', personName: 'Ada Lovelace',
    assessor: null, candidates: [], packsSent: 2, packsReceived: 1, createdAt: '2026-11-02T09:00:00Z', ...overrides,
  };
}

/** A pack from Mia that brought a one-on-one and two shared notes. */
export function appliedPack(overrides: Partial<AppliedPack> = {}): AppliedPack {
  return {
    id: 'link-mia/2', linkId: 'link-mia', from: 'Mia', seq: 2, lines: ['1 one-on-one', '2 shared notes'], conflicts: 0,
    appliedAt: '2026-11-20T10:00:00Z', undoneAt: null, alreadyApplied: false, ...overrides,
  };
}

export function sentPack(overrides: Partial<SentPack> = {}): SentPack {
  return { linkId: 'link-ada', path: '/sync/coachbook-x-y-000003.cbpack', seq: 3, lines: ['2 shared notes'], size: 2048, ...overrides };
}

/** An action item both sides changed; the later change (ours) is kept. */
export function conflict(overrides: Partial<Conflict> = {}): Conflict {
  return {
    id: 'c1', linkId: 'link-ada', from: 'Ada Lovelace', what: 'an action item', kind: 'both_changed', kept: 'ours',
    fields: [{ name: 'text', ours: 'Send the deck by Friday', theirs: 'Send the deck by Monday' }],
    at: '2026-11-20T10:00:00Z', canTakeOther: true, ...overrides,
  };
}

export function invitation(overrides: Partial<Invitation> = {}): Invitation {
  return { path: '/sync/invitation-ada-lovelace-abc.cbpack', from: 'Mia', senderRole: 'manager', forName: 'Ada Lovelace', ...overrides };
}

import type { TeamOverview, TeamRow, TeamTotals } from '../lib/bindings';

export const noTotals: TeamTotals = { reps: 0, consistency: null, overdue: 0, feedbackNudges: 0, kpiWarnings: 0, positive30: 0, constructive30: 0 };

/** The team view's answer: these rows as one page, with totals over them unless given. */
export function teamOverview(rows: TeamRow[], totals: Partial<TeamTotals> = {}): TeamOverview {
  return {
    page: { items: rows.map((r) => r.person), total: rows.length },
    rows,
    totals: { ...noTotals, reps: rows.length, ...totals },
  };
}
