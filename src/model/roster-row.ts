import type { Educator } from './educator.js';
import { educatorSchema } from './educator.js';
import type { ReachplanIssue } from './issues.js';
import type { CellResult } from './roster-cells.js';
import {
  readFte,
  readRoles,
  readSegment,
  readWeekdays,
  splitList,
} from './roster-cells.js';
import type { RosterCsvMapping, RosterField } from './roster-mapping.js';
import { safeParseWith } from './zod-issues.js';

/** One row read: the educator when every cell was good, and the issues. */
export interface RowResult {
  /** The educator, when the row had no issue. */
  readonly educator?: Educator;
  /** The problems found in the row. */
  readonly issues: ReachplanIssue[];
}

/**
 * Reads one CSV row into an educator, reporting each bad cell at
 * `['rows', rowNumber, columnName]`.
 *
 * @internal
 */
export function readRow(
  cells: readonly string[],
  rowNumber: number,
  headerLength: number,
  columns: ReadonlyMap<string, number>,
  mapping: RosterCsvMapping,
): RowResult {
  // An empty line, or a row of empty cells, is spacing, not an educator.
  if (cells.every((cell) => cell.trim() === '')) return { issues: [] };

  const issues: ReachplanIssue[] = [];
  // Empty cells past the header (a trailing comma) hold nothing to lose.
  const extra = cells.slice(headerLength);
  if (extra.some((cell) => cell.trim() !== '')) {
    issues.push({
      code: 'extra_cells',
      path: ['rows', rowNumber],
      message:
        `the row has ${cells.length} cells but the header has ` +
        `${headerLength}; cells past the header would be lost`,
    });
  }

  const cellOf = (field: RosterField): string | undefined => {
    const at = columns.get(field);
    return at === undefined ? undefined : (cells[at] ?? '').trim();
  };
  const report = (field: RosterField, why: string) => {
    issues.push({
      code: 'invalid_cell',
      path: ['rows', rowNumber, mapping[field] ?? field],
      message: why,
    });
  };
  const take = <T>(field: RosterField, result: CellResult<T>) => {
    if (result.ok) return result.value;
    report(field, result.why);
    return undefined;
  };

  const draft: Record<string, unknown> = {};
  for (const field of ['id', 'schoolId'] as const) {
    const cell = cellOf(field) ?? '';
    if (cell === '')
      report(field, `the ${field === 'id' ? 'id' : 'school'} is empty`);
    else draft[field] = cell;
  }

  const name = cellOf('name');
  if (name) draft['name'] = name;

  const roles = cellOf('roles');
  draft['roles'] =
    roles === undefined
      ? ['teacher']
      : take('roles', readRoles(splitList(roles, mapping.listSeparator)));

  const departments = cellOf('departments');
  if (departments)
    draft['departments'] = splitList(departments, mapping.listSeparator);

  const availability = cellOf('availability');
  if (availability) {
    draft['availability'] = take(
      'availability',
      readWeekdays(splitList(availability, mapping.listSeparator)),
    );
  }

  const fte = cellOf('fte');
  if (fte) draft['fte'] = take('fte', readFte(fte));

  const segment = cellOf('segment');
  if (segment) draft['segment'] = take('segment', readSegment(segment));

  const checked = finalCheck(draft, rowNumber, mapping);
  if (issues.length === 0) return checked;

  // A cell already reported is missing from the draft; the schema's word
  // on it would only repeat the problem.
  const reported = new Set(issues.map((issue) => issue.path[2]));
  const more = checked.issues.filter((issue) => !reported.has(issue.path[2]));
  return { issues: [...issues, ...more] };
}

/**
 * Checks the educator against its schema (lengths, ids), reporting at the
 * column the field came from.
 */
function finalCheck(
  draft: Record<string, unknown>,
  rowNumber: number,
  mapping: RosterCsvMapping,
): RowResult {
  const result = safeParseWith(educatorSchema, draft);
  if (result.success) return { educator: result.data, issues: [] };

  const issues = result.issues.map((issue) => {
    const field = issue.path[0];
    const column =
      typeof field === 'string' && field in mapping
        ? mapping[field as RosterField]
        : undefined;
    return {
      ...issue,
      path: ['rows', rowNumber, column ?? String(field ?? '')],
    };
  });
  return { issues };
}
