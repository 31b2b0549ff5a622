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
