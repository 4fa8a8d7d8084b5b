import { z } from 'zod';
import {
  localDateSchema,
  localTimeSchema,
  weekdaySchema,
} from './primitives.js';

/**
 * A recurrence in structured form, the same ideas as an RFC 5545 RRULE.
 *
 * @example
 * ```ts
 * // twice a week for four weeks
 * structuredRecurrenceSchema.parse({ frequency: 'weekly', weekdays: ['tue', 'thu'], count: 8 });
 * ```
 */
export const structuredRecurrenceSchema = z.strictObject({
  /** How often the rule repeats. */
  frequency: z.enum(['daily', 'weekly', 'monthly', 'yearly']),
  /** Every n-th period; 1 when missing. */
  interval: z.int().min(1).max(366).optional(),
  /** The weekdays it falls on. */
  weekdays: z.array(weekdaySchema).min(1).max(7).optional(),
  /** With monthly frequency and weekdays: 1 = first, -1 = last. */
  setPosition: z.int().min(-5).max(5).optional(),
  /** Days of the month; negative counts from the end. */
  monthDays: z.array(z.int().min(-31).max(31)).max(31).optional(),
  /** How many occurrences in all. */
  count: z.int().min(1).max(100_000).optional(),
  /** The last date it may fall on, inclusive. */
  until: localDateSchema.optional(),
});

/**
 * When an offering's sessions happen, in the district's zone. A session
 * that falls on a closure or a blackout is skipped, or moved to the next
 * school day when `onClosure` is `next-school-day`.
 *
 * @example
 * ```ts
 * scheduleSchema.parse({
 *   kind: 'recurrence', startDate: '2027-04-13', startTime: '16:00',
 *   rule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8',
 * });
 * scheduleSchema.parse({ kind: 'dates', dates: ['2027-06-10'], startTime: '14:00' });
 * ```
 */
export const scheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Listed dates. */
    kind: z.literal('dates'),
    /** The session dates. */
    dates: z.array(localDateSchema).min(1).max(10_000),
    /** Local start time, `HH:mm`. */
    startTime: localTimeSchema,
    /** What happens to a date on a closure or blackout; `skip` when missing. */
    onClosure: z.enum(['skip', 'next-school-day']).optional(),
  }),
  z.strictObject({
    /** A repeating rule. */
    kind: z.literal('recurrence'),
    /** The first date of the rule. */
    startDate: localDateSchema,
    /** Local start time, `HH:mm`. */
    startTime: localTimeSchema,
    /** An RFC 5545 RRULE string (without DTSTART), or a structured rule. */
    rule: z.union([z.string().min(1).max(2000), structuredRecurrenceSchema]),
    /** What happens to a date on a closure or blackout; `skip` when missing. */
    onClosure: z.enum(['skip', 'next-school-day']).optional(),
  }),
]);

/**
 * When an offering's sessions happen.
 *
 * @example
 * ```ts
 * const schedule: Schedule = { kind: 'dates', dates: ['2027-06-17'], startTime: '13:30' };
 * ```
 */
export type Schedule = z.infer<typeof scheduleSchema>;
/**
 * A recurrence in structured form.
 *
 * @example
 * ```ts
 * const rule: StructuredRecurrence = { frequency: 'weekly', weekdays: ['tue', 'thu'], count: 8 };
 * ```
 */
export type StructuredRecurrence = z.infer<typeof structuredRecurrenceSchema>;
