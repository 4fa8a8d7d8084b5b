import Papa from 'papaparse';
import { describeTyped } from './describe-value.js';
import type { Educator } from './educator.js';
import type { ReachplanIssue, SafeResult } from './issues.js';
import { unwrapResult } from './issues.js';
import type { RosterCsvMapping } from './roster-mapping.js';
import { ROSTER_FIELDS, rosterCsvMappingSchema } from './roster-mapping.js';
import { readRow } from './roster-row.js';
import { capIssues, safeParseWith } from './zod-issues.js';

/**
 * Reads educators from a CSV roster as a spreadsheet exports it: UTF-8
 * with or without a byte-order mark, quoted fields (with commas, quotes
 * and line breaks inside), CRLF or LF line ends, any script in names.
 *
 * Row numbers are those a spreadsheet shows: the header is row 1. Every
 * bad cell is reported, at `['rows', rowNumber, columnName]`; a row with
 * filled cells past the header is reported rather than cut. Blank rows,
 * and empty cells past the header, are skipped. Unmapped columns are
 * ignored. At most 1,000 issues are listed. School ids are not checked here:
 * {@link parseScenario} checks them against the district.
 *
 * @param text - the file's text.
 * @param mapping - which column holds which field.
 * @returns the educators, in file order, or every issue found.
 * @example
 * ```ts
 * const csv =
 *   'ID,Name,School,Roles\r\n' +
 *   'e1,"佐藤, 花子",s01,teacher;ict-leader\r\n';
 * safeParseRosterCsv(csv, {
 *   id: 'ID', name: 'Name', schoolId: 'School', roles: 'Roles',
 * });
 * // { success: true, data: [{ id: 'e1', name: '佐藤, 花子', schoolId: 's01',
 * //   roles: ['teacher', 'ict-leader'] }] }
 * ```
 */
export function safeParseRosterCsv(
  text: unknown,
  mapping: RosterCsvMapping,
): SafeResult<Educator[]> {
  const checked = safeParseWith(rosterCsvMappingSchema, mapping, ['mapping']);
  if (!checked.success) return checked;
  if (typeof text !== 'string') {
    const received = describeTyped(text);
    const message = `expected the text of a CSV file, received ${received}`;
    return {
      success: false,
      issues: [{ code: 'invalid_type', path: [], message }],
    };
  }

  // A spreadsheet's UTF-8 export starts with a byte-order mark.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, {
    delimiter: checked.data.delimiter ?? ',',
    skipEmptyLines: false,
  });
  const [header, ...rows] = parsed.data;
  const issues: ReachplanIssue[] = parsed.errors.map((error) => ({
    code: 'csv_syntax',
    path: ['rows', (error.row ?? 0) + 1],
    message: SYNTAX_MESSAGES[error.code] ?? error.message,
  }));
  // The cells of a row that broke the CSV syntax are not what the file
  // meant; the syntax issue stands for them.
  const broken = new Set(parsed.errors.map((error) => (error.row ?? 0) + 1));
  if (!header || header.every((cell) => cell.trim() === '')) {
    issues.push({
      code: 'empty_file',
      path: [],
      message: 'the file has no header row',
    });
    return { success: false, issues };
  }

  // A column missing from the header is one mistake in the mapping, not
  // one in every row: report it alone.
  const columnIssues: ReachplanIssue[] = [];
  const columns = findColumns(header, checked.data, columnIssues);
  if (columnIssues.length > 0) {
    return { success: false, issues: [...issues, ...columnIssues] };
  }

  const educators: Educator[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    if (broken.has(rowNumber)) return;
    const read = readRow(
      cells,
      rowNumber,
      header.length,
      columns,
      checked.data,
    );
    issues.push(...read.issues);
    if (!read.educator) return;

    const idColumn = checked.data.id;
    const first = firstRowOf.get(read.educator.id);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate_id',
        path: ['rows', rowNumber, idColumn],
        message:
          `id ${JSON.stringify(read.educator.id)} is used more than ` +
          `once (first in row ${first})`,
      });
      return;
    }
    firstRowOf.set(read.educator.id, rowNumber);
    educators.push(read.educator);
  });

  if (issues.length > 0) return { success: false, issues: capIssues(issues) };
  return { success: true, data: educators };
}

/**
 * Reads educators from a CSV roster; see {@link safeParseRosterCsv}.
 *
 * @param text - the file's text.
 * @param mapping - which column holds which field.
 * @returns the educators, in file order.
 * @throws {@link ReachplanError} carrying every bad row and column.
 * @example
 * ```ts
 * const educators = parseRosterCsv(readFileSync('staff.csv', 'utf8'), {
 *   id: 'Staff ID', schoolId: 'School', roles: 'Roles',
 * });
 * educators.length; // one per row
 * ```
 */
export function parseRosterCsv(
  text: unknown,
  mapping: RosterCsvMapping,
): Educator[] {
  return unwrapResult(safeParseRosterCsv(text, mapping));
}

const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  MissingQuotes:
    'a quoted cell is never closed, so the rest of the file reads as one cell',
  InvalidQuotes: 'a quote inside a quoted cell must be doubled ("")',
};

/** The cell index of each mapped field; a missing column is an issue. */
function findColumns(
  header: readonly string[],
  mapping: RosterCsvMapping,
  issues: ReachplanIssue[],
): Map<string, number> {
  const names = header.map((cell) => cell.trim());
  const columns = new Map<string, number>();
  for (const field of ROSTER_FIELDS) {
    const name = mapping[field];
    if (name === undefined) continue;
    const at = names.indexOf(name.trim());
    if (at < 0) {
      issues.push({
        code: 'missing_column',
        path: ['mapping', field],
        message:
          `column ${JSON.stringify(name)} is not in the header; ` +
          `found ${names.map((n) => JSON.stringify(n)).join(', ')}`,
      });
    } else if (names.indexOf(name.trim(), at + 1) >= 0) {
      issues.push({
        code: 'ambiguous_column',
        path: ['mapping', field],
        message:
          `column ${JSON.stringify(name)} appears more than once ` +
          'in the header',
      });
    } else {
      columns.set(field, at);
    }
  }
  return columns;
}
