import { z } from 'zod';
import {
  idSchema,
  localDateSchema,
  localTimeSchema,
  weekdaySchema,
} from './primitives.js';

/**
 * A term (or semester) of an academic year; both dates are inclusive.
 *
 * @example
 * ```ts
 * termSchema.parse({ id: '2027-t1', name: 'Term 1', start: '2027-04-06', end: '2027-07-20' });
 * ```
 */
export const termSchema = z.strictObject({
  /** Unique across the calendar's terms. */
  id: idSchema,
  /** Shown in reports, e.g. "First term". */
  name: z.string().min(1),
  /** First day, inclusive. */
  start: localDateSchema,
  /** Last day, inclusive. */
  end: localDateSchema,
});

/**
 * Days without school inside a year: a holiday or a break. Both dates are
 * inclusive; a one-day holiday has `start === end`.
 *
 * @example
 * ```ts
 * closureSchema.parse({ name: 'Golden Week', start: '2027-04-29', end: '2027-05-05' });
 * ```
 */
export const closureSchema = z.strictObject({
  /** Shown in the shared calendar, e.g. "Golden Week". */
  name: z.string().min(1),
  /** First day without school, inclusive. */
  start: localDateSchema,
  /** Last day without school, inclusive. */
  end: localDateSchema,
  /** What kind of closure it is; for display only. */
  kind: z.enum(['holiday', 'break', 'other']).optional(),
});

/**
 * A rule that keeps sessions off days that are still school days, such as
 * "no sessions on Mondays" or "none in May".
 *
 * @example
 * ```ts
 * blackoutRuleSchema.parse({ kind: 'weekdays', weekdays: ['mon'], name: 'No PD on Mondays' });
 * blackoutRuleSchema.parse({ kind: 'months', months: [5] });
 * ```
 */
export const blackoutRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** No sessions on some weekdays. */
    kind: z.literal('weekdays'),
    /** The weekdays without sessions. */
    weekdays: z.array(weekdaySchema).min(1).max(7),
    /** Why, for people. */
    name: z.string().optional(),
  }),
  z.strictObject({
    /** No sessions in some months. */
    kind: z.literal('months'),
    /** The months without sessions, 1 = January. */
    months: z.array(z.int().min(1).max(12)).min(1).max(12),
    /** Why, for people. */
    name: z.string().optional(),
  }),
  z.strictObject({
    /** No sessions between two dates. */
    kind: z.literal('dates'),
    /** First day without sessions, inclusive. */
    start: localDateSchema,
    /** Last day without sessions, inclusive. */
    end: localDateSchema,
    /** Why, for people. */
    name: z.string().optional(),
  }),
]);

/**
 * One academic year: its first and last day, its terms and its closures.
 *
 * @example
 * ```ts
 * academicYearSchema.parse({
 *   id: '2027', start: '2027-04-01', end: '2028-03-31',
 *   terms: [{ id: '2027-t1', name: 'Term 1', start: '2027-04-06', end: '2027-07-20' }],
 *   closures: [],
 * });
 * ```
 */
export const academicYearSchema = z.strictObject({
  /** Unique across the calendar, e.g. `2027-28`. */
  id: idSchema,
  /** Shown in reports. */
  name: z.string().optional(),
  /** First day of the year, inclusive. */
  start: localDateSchema,
  /** Last day of the year, inclusive. */
  end: localDateSchema,
  /** Terms or semesters, in order, inside the year. */
  terms: z.array(termSchema).min(1).max(12),
  /** Holidays and breaks inside the year. */
  closures: z.array(closureSchema).max(1000),
});

/**
 * The district's academic calendar. Dates are local to the district's zone.
 *
 * @example
 * ```ts
 * const calendar = japanCalendar(2027); // a preset, or write one by hand
 * academicCalendarSchema.parse(calendar);
 * ```
 */
export const academicCalendarSchema = z.strictObject({
  /** The weekdays with lessons; Monday to Friday when missing. */
  schoolWeekdays: z.array(weekdaySchema).min(1).max(7).optional(),
  /** Lesson hours, used to count substitute (release) days. */
  schoolHours: z
    .strictObject({
      /** First lesson starts, `HH:mm`. */
      start: localTimeSchema,
      /** Last lesson ends, `HH:mm`. */
      end: localTimeSchema,
    })
    .optional(),
  /** Academic years, in order, without overlap. */
  years: z.array(academicYearSchema).min(1).max(20),
  /** Rules that keep sessions off some school days. */
  blackouts: z.array(blackoutRuleSchema).max(200).optional(),
});

/**
 * A term or semester.
 *
 * @example
 * ```ts
 * const term: Term = { id: '2027-t1', name: 'Term 1', start: '2027-04-06', end: '2027-07-20' };
 * ```
 */
export type Term = z.infer<typeof termSchema>;
/**
 * A holiday or break.
 *
 * @example
 * ```ts
 * const closure: Closure = { name: 'Golden Week', start: '2027-05-03', end: '2027-05-05', kind: 'break' };
 * ```
 */
export type Closure = z.infer<typeof closureSchema>;
/**
 * A rule that keeps sessions off certain school days.
 *
 * @example
 * ```ts
 * const rule: BlackoutRule = { kind: 'months', months: [5], name: 'None in May' };
 * ```
 */
export type BlackoutRule = z.infer<typeof blackoutRuleSchema>;
/**
 * One academic year.
 *
 * @example
 * ```ts
 * const year: AcademicYear = japanCalendar(2027).years[0]!;
 * year.id; // '2027-28'
 * ```
 */
export type AcademicYear = z.infer<typeof academicYearSchema>;
/**
 * The district's academic calendar.
 *
 * @example
 * ```ts
 * const calendar: AcademicCalendar = englandCalendar(2027);
 * calendar.years[0]?.terms.length; // 3
 * ```
 */
export type AcademicCalendar = z.infer<typeof academicCalendarSchema>;
