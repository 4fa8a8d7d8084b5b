import type { AdopterSegment, Role } from './educator.js';
import { ADOPTER_SEGMENTS, ROLES } from './educator.js';
import type { Weekday } from './primitives.js';
import { WEEKDAYS } from './primitives.js';

/** A cell read as a value, or the sentence saying why it could not be. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; why: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(why: string): CellResult<T> => ({ ok: false, why });

/**
 * Splits a list cell on the separator (`;` or `|` by default) and drops
 * empty parts, so "teacher; ict-leader;" gives two items.
 *
 * @internal
 */
export function splitList(cell: string, separator: string | undefined) {
  const parts =
    separator === undefined ? cell.split(/[;|]/) : cell.split(separator);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** "ICT leader", "ict_leader" and "ICT-Leader" all read as `ict-leader`. */
function normalise(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

const allowed = (values: readonly string[]) =>
  values.map((v) => JSON.stringify(v)).join(', ');

/**
 * Reads the roles of a cell.
 *
 * @internal
 */
export function readRoles(items: readonly string[]): CellResult<Role[]> {
  if (items.length === 0) {
    return bad(`no role given; expected one or more of ${allowed(ROLES)}`);
  }
  const roles: Role[] = [];
  for (const item of items) {
    const role = ROLES.find((r) => r === normalise(item));
    if (!role) {
      return bad(
        `${JSON.stringify(item)} is not a role; expected one of ${allowed(ROLES)}`,
      );
    }
    if (!roles.includes(role)) roles.push(role);
  }
  return ok(roles);
}

/**
 * Reads an adopter segment: "Early adopter" reads as `early-adopter`.
 *
 * @internal
 */
export function readSegment(cell: string): CellResult<AdopterSegment> {
  const segment = ADOPTER_SEGMENTS.find((s) => s === normalise(cell));
  if (segment) return ok(segment);
  return bad(
    `${JSON.stringify(cell)} is not an adopter segment; ` +
      `expected one of ${allowed(ADOPTER_SEGMENTS)}`,
  );
}

/** English names and abbreviations, and the Japanese day characters. */
const DAY_NAMES: Readonly<Record<string, Weekday>> = Object.fromEntries(
  WEEKDAYS.flatMap((day, index) => {
    const english = [
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ][index] as string;
    const japanese = '月火水木金土日'[index] as string;
    return [
      [day, day],
      [english, day],
      [japanese, day],
      [`${japanese}曜`, day],
      [`${japanese}曜日`, day],
    ];
  }),
);

/**
 * Reads the weekdays someone works: `mon`, `Monday` or `月` (`月曜日`).
 *
 * @internal
 */
export function readWeekdays(items: readonly string[]): CellResult<Weekday[]> {
  const days: Weekday[] = [];
  for (const item of items) {
    const day = Object.hasOwn(DAY_NAMES, item.toLowerCase())
      ? DAY_NAMES[item.toLowerCase()]
      : undefined;
    if (!day) {
      return bad(
        `${JSON.stringify(item)} is not a weekday; ` +
          'expected mon … sun, Monday … Sunday or 月 … 日',
      );
    }
    if (!days.includes(day)) days.push(day);
  }
  return ok(days);
}

/**
 * Reads an employment fraction: `0.5`, `0,5` or `50%`, above 0 and at most
 * 1.
 *
 * @internal
 */
export function readFte(cell: string): CellResult<number> {
  const text = cell.trim();
  const percent = text.endsWith('%');
  // A decimal comma ("0,5") is common in spreadsheets outside English.
  const digits = (percent ? text.slice(0, -1) : text).trim().replace(',', '.');
  const number = /^\d+(\.\d+)?$|^\.\d+$/.test(digits)
    ? Number(digits)
    : Number.NaN;
  const fte = percent ? number / 100 : number;
  if (fte > 0 && fte <= 1) return ok(fte);
  return bad(
    `${JSON.stringify(cell)} is not an employment fraction; ` +
      'expected a number above 0 and at most 1, such as 0.5 or 50%',
  );
}
