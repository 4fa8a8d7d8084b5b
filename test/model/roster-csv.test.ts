import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  parseRosterCsv,
  ReachplanError,
  safeParseRosterCsv,
} from '../../src/index.js';
import { issuesOf } from './issues-of.js';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8');

describe('roster import from CSV', () => {
  it('reads a spreadsheet export: BOM, CRLF, quotes, Japanese names', () => {
    const text = fixture('roster-spreadsheet.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');

    const educators = parseRosterCsv(text, {
      id: 'Staff ID',
      name: '氏名',
      schoolId: 'School',
      roles: 'Roles',
      departments: 'Subjects',
      availability: 'Days',
      fte: 'FTE',
      segment: 'Segment',
    });
    expect(educators).toEqual([
      { id: 'T-001', name: '佐藤 花子', schoolId: 's01', roles: ['principal'] },
      {
        id: 'T-002',
        name: '鈴木, 太郎',
        schoolId: 's01',
        roles: ['teacher', 'ict-leader'],
        availability: ['mon', 'tue', 'wed', 'thu', 'fri'],
        fte: 1,
        segment: 'early-adopter',
      },
      {
        id: 'T-003',
        name: '髙橋 美咲',
        schoolId: 's02',
        roles: ['teacher'],
        departments: ['maths', 'science'],
        availability: ['mon', 'tue', 'wed'],
        fte: 0.6,
        segment: 'late-majority',
      },
      {
        id: 'T-004',
        name: "O'Brien Siobhán",
        schoolId: 's02',
        roles: ['department-head', 'teacher'],
        departments: ['english'],
        fte: 0.8,
      },
    ]);
  });

  it('reads a plain file, making everyone a teacher when roles are unmapped', () => {
    const text = fixture('roster-plain.csv');
    expect(
      parseRosterCsv(text, { id: 'id', name: 'name', schoolId: 'school' }),
    ).toEqual([
      { id: 'e1', name: 'Ana Lima', schoolId: 's01', roles: ['teacher'] },
      { id: 'e2', name: 'Ben Okafor', schoolId: 's01', roles: ['teacher'] },
    ]);
    expect(
      parseRosterCsv(text, {
        id: 'id',
        schoolId: 'school',
        roles: 'roles',
        listSeparator: '|',
      })[1],
    ).toEqual({ id: 'e2', schoolId: 's01', roles: ['teacher', 'ict-leader'] });
  });

  it('reports every bad row by row number and column, dropping none', () => {
    const issues = issuesOf(
      safeParseRosterCsv(fixture('roster-bad.csv'), {
        id: 'id',
        name: 'name',
        schoolId: 'school',
        roles: 'roles',
        fte: 'fte',
        availability: 'days',
        segment: 'segment',
      }),
    );
    expect(issues).toEqual([
      {
        code: 'csv_syntax',
        path: ['rows', 7],
        message:
          'a quoted cell is never closed, so the rest of the file reads as one cell',
      },
      {
        code: 'invalid_cell',
        path: ['rows', 3, 'id'],
        message: 'the id is empty',
      },
      {
        code: 'invalid_cell',
        path: ['rows', 3, 'roles'],
        message:
          '"principle" is not a role; expected one of "teacher", "ict-leader", "principal", "vice-principal", "specialist", "department-head", "counsellor", "librarian", "support-staff"',
      },
      {
        code: 'invalid_cell',
        path: ['rows', 3, 'days'],
        message:
          '"Mo" is not a weekday; expected mon … sun, Monday … Sunday or 月 … 日',
      },
      {
        code: 'invalid_cell',
        path: ['rows', 3, 'fte'],
        message:
          '"1.5" is not an employment fraction; expected a number above 0 and at most 1, such as 0.5 or 50%',
      },
      {
        code: 'invalid_cell',
        path: ['rows', 3, 'segment'],
        message:
          '"pioneer" is not an adopter segment; expected one of "innovator", "early-adopter", "early-majority", "late-majority", "laggard"',
      },
      {
        code: 'invalid_cell',
        path: ['rows', 4, 'school'],
        message: 'the school is empty',
      },
      {
        code: 'duplicate_id',
        path: ['rows', 5, 'id'],
        message: 'id "e1" is used more than once (first in row 2)',
      },
      {
        code: 'extra_cells',
        path: ['rows', 6],
        message:
          'the row has 8 cells but the header has 7; cells past the header would be lost',
      },
    ]);
  });

  it('reports every bad cell of a row at once, lengths included', () => {
    const name = '名'.repeat(501);
    const text = `id,name,school,roles\ne1,${name},s01,wizard\n`;
    expect(
      issuesOf(
        safeParseRosterCsv(text, {
          id: 'id',
          name: 'name',
          schoolId: 'school',
          roles: 'roles',
        }),
      ),
    ).toEqual([
      {
        code: 'invalid_cell',
        path: ['rows', 2, 'roles'],
        message:
          '"wizard" is not a role; expected one of "teacher", "ict-leader", "principal", "vice-principal", "specialist", "department-head", "counsellor", "librarian", "support-staff"',
      },
      {
        code: 'too_big',
        path: ['rows', 2, 'name'],
        message: `expected at most 500 characters, received string "${'名'.repeat(40)}…"`,
      },
    ]);
  });

  it('accepts empty cells past the header, as a trailing comma leaves', () => {
    expect(
      parseRosterCsv('id,school\r\ne1,s01,\r\ne2,s01,,\r\n', {
        id: 'id',
        schoolId: 'school',
      }),
    ).toEqual([
      { id: 'e1', schoolId: 's01', roles: ['teacher'] },
      { id: 'e2', schoolId: 's01', roles: ['teacher'] },
    ]);
  });

  it('names a mapped column the header does not have', () => {
    expect(
      issuesOf(
        safeParseRosterCsv(fixture('roster-plain.csv'), {
          id: 'Staff ID',
          schoolId: 'school',
        }),
      ),
    ).toEqual([
      {
        code: 'missing_column',
        path: ['mapping', 'id'],
        message:
          'column "Staff ID" is not in the header; found "id", "name", "school", "roles"',
      },
    ]);
  });

  it('rejects a bad mapping, a non-string and an empty file', () => {
    expect(
      issuesOf(safeParseRosterCsv('id\n', { id: '', schoolId: 'school' })),
    ).toEqual([
      {
        code: 'too_small',
        path: ['mapping', 'id'],
        message: 'expected a non-empty string, received string ""',
      },
    ]);
    expect(
      issuesOf(safeParseRosterCsv(42, { id: 'id', schoolId: 'school' })),
    ).toEqual([
      {
        code: 'invalid_type',
        path: [],
        message: 'expected the text of a CSV file, received number 42',
      },
    ]);
    expect(
      issuesOf(safeParseRosterCsv('\uFEFF', { id: 'id', schoolId: 'school' })),
    ).toEqual([
      { code: 'empty_file', path: [], message: 'the file has no header row' },
    ]);
  });

  it('throws one ReachplanError carrying every issue', () => {
    expect(() =>
      parseRosterCsv('id,school\n,\nx,\n', { id: 'id', schoolId: 'school' }),
    ).toThrow(ReachplanError);
  });

  it('reads a semicolon-delimited export when told', () => {
    expect(
      parseRosterCsv('id;school;roles\ne1;s01;teacher|principal\n', {
        id: 'id',
        schoolId: 'school',
        roles: 'roles',
        delimiter: ';',
      }),
    ).toEqual([{ id: 'e1', schoolId: 's01', roles: ['teacher', 'principal'] }]);
  });
});
