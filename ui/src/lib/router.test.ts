import { describe, expect, test } from 'vitest';
import { parseRoute, paths } from './router.svelte';

describe('routes', () => {
  test('each place parses from its hash', () => {
    expect(parseRoute('')).toEqual({ name: 'team' });
    expect(parseRoute('#/team')).toEqual({ name: 'team' });
    expect(parseRoute('#/candidates')).toEqual({ name: 'candidates' });
    expect(parseRoute('#/team/new')).toEqual({ name: 'new-person', role: 'rep' });
    expect(parseRoute('#/candidates/new')).toEqual({ name: 'new-person', role: 'candidate' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
  });

  test('person paths round-trip through encoding', () => {
    const id = 'a b/c';
    expect(parseRoute('#' + paths.person(id))).toEqual({ name: 'person', id });
    expect(parseRoute('#' + paths.editPerson(id))).toEqual({ name: 'edit-person', id });
  });

  test('anything else is not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/team/extra/bits')).toMatchObject({ name: 'not-found' });
  });
});
