import { afterEach, describe, expect, test } from 'vitest';
import { blankRubric, fromRubric, toDraft } from './draft';
import { setLocale } from '../lib/format';
import type { Rubric } from '../lib/bindings';

afterEach(() => setLocale(null));

const rubric = (weight: number | null): Rubric =>
  ({
    id: 'r1', versionId: 'v1', version: 1, latestVersion: 1, name: 'Discovery call', kind: 'role_play', description: '',
    timeLimitSeconds: null,
    criteria: [{ id: 'c1', name: 'Questions', description: '', weight, anchors: ['a', 'b', 'c'], tag: null }],
  }) as unknown as Rubric;

describe("a rubric's weights", () => {
  test('are shown for editing and read back as the locale writes numbers', () => {
    setLocale('de-DE');
    const editable = fromRubric(rubric(1.5));
    expect(editable.criteria[0].weight).toBe('1,5');
    const conversion = toDraft(editable);
    expect('draft' in conversion && conversion.draft.criteria[0].weight).toBe(1.5);
  });

  test('"2.5" is understood anywhere; nothing or a word is left for the backend to refuse', () => {
    setLocale('en-GB');
    const editable = blankRubric();
    editable.criteria[0].weight = '2.5';
    const plain = toDraft(editable);
    expect('draft' in plain && plain.draft.criteria[0].weight).toBe(2.5);
    for (const text of ['', 'heavy']) {
      editable.criteria[0].weight = text;
      const conversion = toDraft(editable);
      expect('draft' in conversion && Number.isNaN(conversion.draft.criteria[0].weight)).toBe(true);
    }
  });

  test('a criterion without a weight starts empty, not "null"', () => {
    expect(fromRubric(rubric(null)).criteria[0].weight).toBe('');
  });
});
