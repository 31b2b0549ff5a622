// The rubric editor's working copy and its conversions to and from the backend.
import type { CriterionDraft, CriterionTag, Rubric, RubricDraft, RubricKind } from '../lib/bindings';
import { formatEditable, parseNumber } from '../lib/format';
import { clock } from '../lib/labels';
import { parseClock } from '../scorecards/timer';

export type EditableCriterion = {
  key: number;
  name: string;
  description: string;
  weight: string;
  tag: CriterionTag | '';
  anchors: string[];
};

export type EditableRubric = {
  name: string;
  kind: RubricKind;
  description: string;
  timeLimit: string;
  criteria: EditableCriterion[];
};

let nextKey = 1;

export function blankCriterion(levels = 5): EditableCriterion {
  return { key: nextKey++, name: '', description: '', weight: '1', tag: '', anchors: Array(levels).fill('') };
}

export function blankRubric(): EditableRubric {
  return { name: '', kind: 'custom', description: '', timeLimit: '', criteria: [blankCriterion()] };
}

export function fromRubric(r: Rubric): EditableRubric {
  return {
    name: r.name,
    kind: r.kind,
    description: r.description,
    timeLimit: r.timeLimitSeconds === null ? '' : clock(r.timeLimitSeconds),
    criteria: r.criteria.map((c) => ({
      key: nextKey++,
      name: c.name,
      description: c.description,
      weight: formatEditable(c.weight),
      tag: c.tag ?? '',
      anchors: [...c.anchors],
    })),
  };
}

/** Resizes a scale, keeping the anchors already written. */
export function withLevels(c: EditableCriterion, levels: number): string[] {
  return Array.from({ length: levels }, (_, i) => c.anchors[i] ?? '');
}

export type Conversion = { draft: RubricDraft } | { field: string; message: string };

/** Converts the form to a draft; only the time limit's format is checked here, the rest by the backend. */
export function toDraft(e: EditableRubric): Conversion {
  let timeLimitSeconds: number | null = null;
  if (e.timeLimit.trim() !== '') {
    timeLimitSeconds = parseClock(e.timeLimit);
    if (timeLimitSeconds === null) {
      return { field: 'timeLimitSeconds', message: 'Write the time limit as minutes:seconds, like 8:00.' };
    }
  }
  const criteria: CriterionDraft[] = e.criteria.map((c) => ({
    name: c.name,
    description: c.description || null,
    // As the locale writes numbers ("1,5" or "1.5"); nothing or anything else is for the backend to refuse.
    weight: parseNumber(c.weight) ?? Number.NaN,
    anchors: c.anchors,
    tag: c.tag === '' ? null : c.tag,
  }));
  return { draft: { name: e.name, kind: e.kind, description: e.description || null, timeLimitSeconds, criteria } };
}

/** The DOM id of the input for a backend field name such as `criteria[2].weight`. */
export function fieldId(field: string): string {
  return 'rubric-' + field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}
