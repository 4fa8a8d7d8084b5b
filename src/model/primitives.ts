import { z } from 'zod';

/**
 * An identifier: a non-empty string without surrounding spaces, unique
 * within its kind.
 *
 * @example
 * ```ts
 * idSchema.parse('school-07'); // 'school-07'
 * ```
 */
export const idSchema = z
  .string()
  .min(1, 'expected a non-empty id')
  .max(200)
  .refine((id) => id.trim() === id, {
    message: 'expected an id without spaces at either end',
    params: { code: 'invalid_id' },
  });

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a `YYYY-MM-DD` string names a real calendar day.
 *
 * @param text - the candidate date.
 * @returns true for `2027-02-28`, false for `2027-02-30`.
 * @example
 * ```ts
 * isLocalDate('2028-02-29'); // true (leap year)
 * ```
 */
export function isLocalDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;

  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return d <= days;
}

/**
 * A calendar day in the district's own zone, written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * localDateSchema.parse('2027-04-06'); // '2027-04-06'
 * ```
 */
export const localDateSchema = z.string().refine(isLocalDate, {
  message: 'expected a real date written YYYY-MM-DD',
  params: { code: 'invalid_date' },
});

/**
 * A wall-clock time of day, written `HH:mm` (24-hour).
 *
 * @example
 * ```ts
 * localTimeSchema.parse('16:00'); // '16:00'
 * ```
 */
export const localTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time written HH:mm');

/**
 * Whether a name is an IANA time zone the runtime knows: `UTC` or an
 * `Area/Location` name such as `Asia/Tokyo`, written in its own case.
 *
 * Runtimes also accept abbreviations such as `JST` or `PST` and names in
 * any case; those are not IANA names and are refused here, so a scenario
 * file means the same zone everywhere.
 *
 * @param zone - a name such as `Asia/Tokyo`.
 * @returns true for an IANA name that `Intl` accepts.
 * @example
 * ```ts
 * isTimeZone('Europe/London'); // true
 * isTimeZone('Mars/Olympus'); // false
 * isTimeZone('JST'); // false: an abbreviation, not an IANA name
 * ```
 */
export function isTimeZone(zone: string): boolean {
  if (zone !== 'UTC' && !zone.includes('/')) return false;

  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', {
      timeZone: zone,
    }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  // An alias resolves to another name; a miscased name only to its case.
  return resolved === zone || resolved.toLowerCase() !== zone.toLowerCase();
}

/**
 * An IANA time-zone name such as `Asia/Tokyo` or `America/New_York`.
 *
 * @example
 * ```ts
 * timeZoneSchema.parse('Asia/Tokyo');
 * ```
 */
export const timeZoneSchema = z.string().refine(isTimeZone, {
  message: 'expected an IANA time zone such as "Asia/Tokyo"',
  params: { code: 'invalid_time_zone' },
});

/**
 * The days of the week, Monday first, as written in scenario files.
 *
 * @example
 * ```ts
 * WEEKDAYS[0]; // 'mon'
 * ```
 */
export const WEEKDAYS = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const;

/**
 * A day of the week: `mon` … `sun`.
 *
 * @example
 * ```ts
 * weekdaySchema.parse('tue');
 * ```
 */
export const weekdaySchema = z.enum(WEEKDAYS);

/**
 * A day of the week: `mon` … `sun`.
 *
 * @example
 * ```ts
 * const day: Weekday = 'wed';
 * ```
 */
export type Weekday = z.infer<typeof weekdaySchema>;
