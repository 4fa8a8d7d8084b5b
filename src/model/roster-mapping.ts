import { z } from 'zod';

/**
 * Which CSV column holds each field of an educator, by header text, and
 * how lists in a cell are separated. Only `id` and `schoolId` are needed.
 *
 * @example
 * ```ts
 * const mapping: RosterCsvMapping = {
 *   id: 'Staff ID', name: '氏名', schoolId: 'School', roles: 'Roles',
 *   departments: 'Subjects', fte: 'FTE',
 * };
 * ```
 */
export interface RosterCsvMapping {
  /** Column of the educator's id. */
  readonly id: string;
  /** Column of the school id. */
  readonly schoolId: string;
  /** Column of the name; names are left out when missing. */
  readonly name?: string | undefined;
  /** Column of the roles, e.g. `teacher; ict-leader`; every educator is a `teacher` when missing. */
  readonly roles?: string | undefined;
  /** Column of the departments or subjects. */
  readonly departments?: string | undefined;
  /** Column of the weekdays worked: `mon`, `Monday` or `月`. */
  readonly availability?: string | undefined;
  /** Column of the employment fraction: `0.5`, `0,5` or `50%`. */
  readonly fte?: string | undefined;
  /** Column of the adopter segment, e.g. `early adopter`. */
  readonly segment?: string | undefined;
  /** Splits lists inside a cell; `;` or `|` when missing. */
  readonly listSeparator?: string | undefined;
  /** Splits cells; `,` when missing (`;` and tab are common too). */
  readonly delimiter?: string | undefined;
}

const column = z.string().min(1).max(200);

/**
 * The shape of a {@link RosterCsvMapping}, checked before any row is read.
 *
 * @internal
 */
export const rosterCsvMappingSchema = z.strictObject({
  id: column,
  schoolId: column,
  name: column.optional(),
  roles: column.optional(),
  departments: column.optional(),
  availability: column.optional(),
  fte: column.optional(),
  segment: column.optional(),
  listSeparator: z.string().min(1).max(10).optional(),
  delimiter: z.string().min(1).max(10).optional(),
});

/**
 * The educator fields a mapping can name, in the order they are read.
 *
 * @internal
 */
export const ROSTER_FIELDS = [
  'id',
  'name',
  'schoolId',
  'roles',
  'departments',
  'availability',
  'fte',
  'segment',
] as const;

/** One educator field a CSV column can fill. */
export type RosterField = (typeof ROSTER_FIELDS)[number];
