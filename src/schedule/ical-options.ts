import { z } from 'zod';
import { idSchema } from '../model/primitives.js';
import { bookingSchema } from './allocation-input.js';

/**
 * Which sessions a feed holds: the whole district, one school (its own
 * sessions and those its staff may attend), one educator (their bookings
 * and waitlist places when `bookings` is given, else every session open to
 * them), or one category.
 *
 * @example
 * ```ts
 * calendarFeedSchema.parse({ kind: 'school', schoolId: 's01' });
 * ```
 */
export const calendarFeedSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('district') }),
  z.strictObject({ kind: z.literal('school'), schoolId: idSchema }),
  z.strictObject({
    kind: z.literal('educator'),
    educatorId: idSchema,
    bookings: z.array(bookingSchema).max(5_000_000).optional(),
  }),
  z.strictObject({ kind: z.literal('category'), categoryId: idSchema }),
]);

/**
 * The state a feed export returns and takes back next time: per UID, the
 * SEQUENCE written and a fingerprint of the event's content.
 *
 * @example
 * ```ts
 * feedStateSchema.parse({ 'abc@district.example': { sequence: 1, fingerprint: 'f3a9' } });
 * ```
 */
export const feedStateSchema = z.record(
  z.string(),
  z.strictObject({
    sequence: z.int().min(0),
    fingerprint: z.string(),
  }),
);

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * icalendarOptionsSchema.parse({
 *   domain: 'pd.example.org', generatedAt: '2027-04-01T00:00:00Z',
 *   feed: { kind: 'district' }, reminders: [1440, 30],
 * });
 * ```
 */
export const icalendarOptionsSchema = z.strictObject({
  /** Which sessions; the whole district when missing. */
  feed: calendarFeedSchema.optional(),
  /** The right-hand side of every UID, such as the district's web domain. */
  domain: z
    .string()
    .regex(/^[A-Za-z0-9.-]+$/, 'expected a domain such as "pd.example.org"'),
  /** When the feed is made: written as DTSTAMP, so output is repeatable. */
  generatedAt: z.iso.datetime({ offset: true }),
  /**
   * PUBLISH for subscriptions (the default); REQUEST or CANCEL for
   * invitations. A CANCEL feed holds only cancelled sessions.
   */
  method: z.enum(['PUBLISH', 'REQUEST', 'CANCEL']).optional(),
  /** Reminders, in minutes before the start; one hour when missing. */
  reminders: z.array(z.int().min(0).max(40_320)).max(10).optional(),
  /** The state returned by the previous export, to raise SEQUENCE. */
  previous: feedStateSchema.optional(),
  /** The calendar's display name; the district's name when missing. */
  name: z.string().min(1).max(300).optional(),
  /** Organiser of events whose offering names none with an email. */
  organiser: z
    .strictObject({ name: z.string().min(1), email: z.email() })
    .optional(),
});

/** Which sessions a feed holds. */
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
/** Options of `toICalendar`. */
export type ICalendarOptions = z.input<typeof icalendarOptionsSchema>;
/**
 * Per UID, the SEQUENCE written and a fingerprint of the event's content.
 * Keep it with the feed and pass it back as `previous` next time.
 */
export type ICalendarState = z.infer<typeof feedStateSchema>;
