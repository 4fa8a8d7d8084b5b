import { z } from 'zod';
import { idSchema } from '../model/primitives.js';

/**
 * A request for a seat in a session, as an opt-in registration sends it.
 *
 * @example
 * ```ts
 * seatRequestSchema.parse({
 *   educatorId: 'e001', sessionId: 'opt-in@2027-04-13T16:00',
 *   requestedAt: '2027-04-01T09:00:00+09:00',
 * });
 * ```
 */
export const seatRequestSchema = z.strictObject({
  educatorId: idSchema,
  sessionId: z.string().min(1),
  /** When the request was made, ISO 8601 with an offset. */
  requestedAt: z.iso.datetime({ offset: true }),
  /** Higher goes first; 0 when missing. */
  priority: z.number().min(-1e9).max(1e9).optional(),
});

/**
 * A seat given back. It frees the seat and promotes the waitlist.
 *
 * @example
 * ```ts
 * cancellationSchema.parse({
 *   educatorId: 'e001', sessionId: 'opt-in@2027-04-13T16:00',
 *   at: '2027-04-10T12:00:00Z',
 * });
 * ```
 */
export const cancellationSchema = z.strictObject({
  educatorId: idSchema,
  sessionId: z.string().min(1),
  /** When the seat was given back; cancellations apply in this order. */
  at: z.iso.datetime({ offset: true }),
});

/**
 * "At most `max` bookings per period" for each educator, optionally only
 * for some offerings. Weeks start on Monday; a term is the session's term
 * (days between terms form a period of their own in each year).
 *
 * @example
 * ```ts
 * bookingLimitSchema.parse({ max: 2, period: 'term', offeringIds: ['opt-in'] });
 * ```
 */
export const bookingLimitSchema = z.strictObject({
  max: z.int().min(0).max(100_000),
  period: z.enum(['week', 'month', 'term', 'year']),
  /** Only bookings of these offerings count; all when missing. */
  offeringIds: z.array(idSchema).min(1).max(10_000).optional(),
});

/**
 * A place held: booked, or on the waitlist.
 *
 * @internal
 */
export const bookingSchema = z.strictObject({
  educatorId: idSchema,
  sessionId: z.string().min(1),
  status: z.enum(['booked', 'waitlisted']).optional(),
});

/**
 * The data parts of {@link AllocateSeatsInput} that are checked before
 * allocation.
 *
 * @internal
 */
export const allocationDataSchema = z.object({
  requests: z.array(seatRequestSchema).max(5_000_000),
  cancellations: z.array(cancellationSchema).max(5_000_000).optional(),
  limits: z.array(bookingLimitSchema).max(100).optional(),
  existing: z.array(bookingSchema).max(5_000_000).optional(),
  asOf: z.iso.datetime({ offset: true }).optional(),
});

/** A request for a seat. */
export type SeatRequest = z.infer<typeof seatRequestSchema>;
/** A seat given back. */
export type Cancellation = z.infer<typeof cancellationSchema>;
/** "At most X bookings per period" for each educator. */
export type BookingLimit = z.infer<typeof bookingLimitSchema>;
