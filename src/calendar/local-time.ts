import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { LocalDate } from './local-date.js';

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
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];

  const zoned = new TZDate(y, m - 1, d, hh, mm, timeZone);
  const shifted = zoned.getHours() !== hh || zoned.getMinutes() !== mm;

  return { instant: new Date(zoned.getTime()).toISOString(), shifted };
}

/**
 * The local date and time of an instant in a zone.
 *
 * @param instant - an ISO 8601 instant or a `Date`.
 * @param timeZone - an IANA zone.
 * @returns `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`.
 * @example
 * ```ts
 * instantToLocal('2027-04-06T23:30:00Z', 'Asia/Tokyo');
 * // { date: '2027-04-07', time: '08:30' }
 * ```
 */
export function instantToLocal(
  instant: string | Date,
  timeZone: string,
): { date: LocalDate; time: string } {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const stamp = format(at, "yyyy-MM-dd'T'HH:mm", { in: tz(timeZone) });
  return { date: stamp.slice(0, 10), time: stamp.slice(11, 16) };
}
