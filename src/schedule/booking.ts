/**
 * An educator's place in a session: booked (holding a seat) or on its
 * waitlist. {@link allocateSeats} produces these; an app may also keep its
 * own.
 *
 * @example
 * ```ts
 * const booking: Booking = {
 *   educatorId: 'e001', sessionId: 'opt-in@2027-04-13T16:00',
 *   status: 'booked',
 * };
 * ```
 */
export interface Booking {
  /** The educator. */
  readonly educatorId: string;
  /** The session, by its id. */
  readonly sessionId: string;
  /** `waitlisted` holds no seat; booked when missing. */
  readonly status?: 'booked' | 'waitlisted' | undefined;
}
