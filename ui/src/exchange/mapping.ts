// The fields an import reads, as the column-mapping selects show them.
import type { PeopleMapping, ValuesMapping } from '../lib/bindings';

export type ImportKind = 'people' | 'values';
export type MappedField = { key: string; label: string; required: boolean };

export function fieldsOf(kind: ImportKind, role: 'rep' | 'candidate'): MappedField[] {
  if (kind === 'values') {
    return [
      { key: 'rep', label: 'Rep (name or email)', required: true },
      { key: 'week', label: 'Week (any day in it)', required: true },
      { key: 'name', label: 'KPI or activity', required: true },
      { key: 'value', label: 'Value', required: true },
    ];
  }
  const fields: MappedField[] = [
    { key: 'name', label: 'Name', required: true },
    { key: 'email', label: 'Email', required: false },
    { key: 'title', label: 'Title', required: false },
    { key: 'startDate', label: 'Start date', required: false },
    { key: 'opening', label: 'Opening', required: role === 'candidate' },
  ];
  if (role === 'candidate') fields.push({ key: 'stage', label: 'Stage', required: false });
  return fields;
}

/** "Row 3 · Email: …" — where a problem is, in the file's own terms. */
export function placeOf(row: number | null, column: string | null): string {
  if (row !== null && column) return `Row ${row} · ${column}`;
  if (row !== null) return `Row ${row}`;
  return 'The file';
}

type Chosen = Record<string, string | null | undefined>;

/** The mapping the backend takes, from the selects' choices. */
export function peopleMapping(m: Chosen): PeopleMapping {
  const at = (k: string) => m[k] ?? null;
  return { name: at('name'), email: at('email'), title: at('title'), startDate: at('startDate'), opening: at('opening'), stage: at('stage') };
}

export function valuesMapping(m: Chosen): ValuesMapping {
  const at = (k: string) => m[k] ?? null;
  return { rep: at('rep'), week: at('week'), name: at('name'), value: at('value') };
}
