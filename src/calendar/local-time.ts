import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { z } from 'zod';
import { describeTyped } from '../model/describe-value.js';
import type { ReachplanIssue } from '../model/issues.js';
import { ReachplanError } from '../model/issues.js';
import { isLocalDate } from '../model/primitives.js';
import type { LocalDate } from './local-date.js';
import { wallClockToInstant } from './zone-offset.js';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * An instant resolved from a local date and time in a zone.
 *
 * @example
 * ```ts
 * const at: ResolvedInstant = { instant: '2027-04-06T07:00:00.000Z', shifted: false };
 * ```
 */
export interface ResolvedInstant {
  /** The instant in UTC, ISO 8601 with `Z`. */
  readonly instant: string;
  /**
   * True when the wall-clock time did not exist that day (a spring-forward
   * gap) and the instant was moved forward by the gap.
   */
  readonly shifted: boolean;
}

/**
 * A wall-clock reading: a local date and a time of day in some zone.
 *
 * @example
 * ```ts
 * const reading: WallClock = { date: '2027-04-07', time: '08:30' };
 * ```
 */
export interface WallClock {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: LocalDate;
  /** The time of day, `HH:mm` (24-hour). */
  readonly time: string;
}

/**
 * The instant at which a wall-clock time happens on a local date in a zone.
 * The answer does not depend on the host's zone.
 *
 * A time inside a spring-forward gap does not exist; it is moved forward by
 * the gap (02:30 becomes 03:30) and `shifted` is true. A time that happens
 * twice on a fall-back day resolves to the first of the two.
 *
 * @param date - the local date.
 * @param time - `HH:mm`.
 * @param timeZone - an IANA zone.
 * @returns the instant and whether it was shifted.
 * @throws {@link ReachplanError} when the date, the time or the zone is not
 *   valid (a date such as `2027-02-30` is refused, not rolled over).
 * @example
 * ```ts
 * localToInstant('2027-04-06', '16:00', 'Asia/Tokyo');
 * // { instant: '2027-04-06T07:00:00.000Z', shifted: false }
 * ```
 */
export function localToInstant(
  date: LocalDate,
  time: string,
  timeZone: string,
): ResolvedInstant {
  throwIfBadWallClock(date, time);
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0] = time.split(':').map(Number);

  const resolved = wallClockToInstant(Date.UTC(y, m - 1, d, hh, mm), timeZone);
  if (!resolved) throw badZone(timeZone);

  const instant = new Date(resolved.at).toISOString();
  return { instant, shifted: resolved.shifted };
}

/**
 * The local date and time of an instant in a zone.
 *
 * A string must carry its offset (`Z` or `+09:00`): without one, JavaScript
 * reads it in the host's zone, and the answer would change from machine to
 * machine.
 *
 * @param instant - an ISO 8601 instant with an offset, or a `Date`.
 * @param timeZone - an IANA zone.
 * @returns `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`.
 * @throws {@link ReachplanError} when the instant or the zone is not valid.
 * @example
 * ```ts
 * instantToLocal('2027-04-06T23:30:00Z', 'Asia/Tokyo');
 * // { date: '2027-04-07', time: '08:30' }
 * ```
 */
export function instantToLocal(
  instant: string | Date,
  timeZone: string,
): WallClock {
  const at = readInstant(instant);
  if (!at) throw new ReachplanError([instantIssue(instant)]);

  let stamp: string;
  try {
    stamp = format(at, "yyyy-MM-dd'T'HH:mm", { in: tz(timeZone) });
  } catch (error) {
    throw badZone(timeZone, error);
  }
  return { date: stamp.slice(0, 10), time: stamp.slice(11, 16) };
}

function throwIfBadWallClock(date: LocalDate, time: string): void {
  const issues: ReachplanIssue[] = [];
  if (typeof date !== 'string' || !isLocalDate(date)) {
    issues.push({
      code: 'invalid_date',
      path: ['date'],
      message: `date ${JSON.stringify(date)} is not a real date written YYYY-MM-DD`,
    });
  }
  if (typeof time !== 'string' || !LOCAL_TIME.test(time)) {
    issues.push({
      code: 'invalid_time',
      path: ['time'],
      message: `time ${JSON.stringify(time)} is not a time written HH:mm`,
    });
  }
  if (issues.length > 0) throw new ReachplanError(issues);
}

// Checked only after a conversion failed, so valid zones cost nothing.
function badZone(timeZone: string, cause?: unknown): ReachplanError {
  const issue = {
    code: 'invalid_time_zone',
    path: ['timeZone'],
    message: `time zone ${JSON.stringify(timeZone)} is not an IANA zone`,
  };
  return new ReachplanError([issue], { cause });
}

// Date and time, to the minute or finer, with an offset required.
const INSTANT = z.union([
  z.iso.datetime({ offset: true }),
  z.iso.datetime({ offset: true, precision: -1 }),
]);

/**
 * Reads an instant argument: a `Date` holding a real instant, or an ISO
 * 8601 date and time with its offset. A string without an offset is
 * refused, since `new Date` would read it in the host's zone.
 *
 * @internal
 */
export function readInstant(instant: unknown): Date | undefined {
  if (instant instanceof Date) {
    return Number.isNaN(instant.getTime()) ? undefined : instant;
  }
  if (typeof instant !== 'string' || !INSTANT.safeParse(instant).success) {
    return undefined;
  }
  const at = new Date(instant);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/**
 * The issue for an instant that is not one.
 *
 * @internal
 */
export function instantIssue(instant: unknown): ReachplanIssue {
  const received =
    instant instanceof Date ? 'an invalid Date' : describeTyped(instant);
  return {
    code: 'invalid_instant',
    path: ['instant'],
    message:
      'expected an ISO 8601 instant with an offset, such as ' +
      `"2027-04-06T07:00:00Z", received ${received}`,
  };
}
