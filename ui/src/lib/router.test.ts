import { describe, expect, test } from 'vitest';
import { parseRoute, paths } from './router.svelte';

describe('routes', () => {
  test('each place parses from its hash', () => {
    expect(parseRoute('')).toEqual({ name: 'today' });
    expect(parseRoute('#/today')).toEqual({ name: 'today' });
    expect(parseRoute('#/team')).toEqual({ name: 'team' });
    expect(parseRoute('#/candidates')).toEqual({ name: 'candidates' });
    expect(parseRoute('#/team/new')).toEqual({ name: 'new-person', role: 'rep' });
    expect(parseRoute('#/candidates/new')).toEqual({ name: 'new-person', role: 'candidate' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
  });

  test('person paths round-trip through encoding', () => {
    const id = 'a b/c';
    expect(parseRoute('#' + paths.person(id))).toEqual({ name: 'person', id, tab: 'overview' });
    expect(parseRoute('#' + paths.personTab(id, 'role-plays'))).toEqual({ name: 'person', id, tab: 'role-plays' });
    expect(parseRoute('#' + paths.editPerson(id))).toEqual({ name: 'edit-person', id });
  });

  test('rubric, scorecard and comparison paths parse', () => {
    expect(parseRoute('#/rubrics')).toEqual({ name: 'rubrics' });
    expect(parseRoute('#/rubrics/new')).toEqual({ name: 'new-rubric' });
    expect(parseRoute('#' + paths.rubric('r1'))).toEqual({ name: 'rubric', id: 'r1', versionId: null });
    expect(parseRoute('#' + paths.rubricVersion('r1', 'v2'))).toEqual({ name: 'rubric', id: 'r1', versionId: 'v2' });
    expect(parseRoute('#' + paths.editRubric('r1'))).toEqual({ name: 'edit-rubric', id: 'r1' });
    expect(parseRoute('#' + paths.scorecard('s1'))).toEqual({ name: 'scorecard', id: 's1' });
    expect(parseRoute('#' + paths.compare('Account Executive'))).toEqual({ name: 'compare', opening: 'Account Executive' });
  });

  test('one-on-one, search and agenda paths parse', () => {
    expect(parseRoute('#' + paths.personTab('p', 'one-on-ones'))).toEqual({ name: 'person', id: 'p', tab: 'one-on-ones' });
    expect(parseRoute('#' + paths.personTab('p', 'feedback'))).toEqual({ name: 'person', id: 'p', tab: 'feedback' });
    expect(parseRoute('#' + paths.meeting('m1'))).toEqual({ name: 'meeting', id: 'm1' });
    expect(parseRoute('#/search')).toEqual({ name: 'search' });
    expect(parseRoute('#' + paths.agenda(null))).toEqual({ name: 'agenda', id: null });
    expect(parseRoute('#' + paths.agenda('t1'))).toEqual({ name: 'agenda', id: 't1' });
    expect(parseRoute('#/people/p/nonsense')).toMatchObject({ name: 'not-found' });
  });

  test('anything else is not found', () => {
    expect(parseRoute('#/nowhere')).toEqual({ name: 'not-found', path: '/nowhere' });
    expect(parseRoute('#/team/extra/bits')).toMatchObject({ name: 'not-found' });
  });
});
