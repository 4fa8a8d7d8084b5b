import type { BookingLimit } from './allocation-input.js';
import type { Booking } from './booking.js';

/**
 * Why a request got no place at all.
 *
 * @example
 * ```ts
 * const reason: RefusalReason = 'limit';
 * ```
 */
export type RefusalReason =
  | 'unknown-session'
  | 'unknown-educator'
  | 'cancelled-session'
  | 'already-started'
  | 'other-school'
  | 'duplicate'
  | 'overlap'
  | 'limit';

/**
 * What became of one request, with a sentence that explains it.
 *
 * @example
 * ```ts
 * const outcome: SeatOutcome = {
 *   status: 'waitlisted', educatorId: 'e007',
 *   sessionId: 'opt-in@2027-04-13T16:00', position: 2, reason: 'capacity',
 *   message: 'waitlisted at position 2 for "opt-in@2027-04-13T16:00": all 30 seats are taken',
 * };
 * ```
 */
export type SeatOutcome =
  | {
      /** Holds a seat. */
      readonly status: 'seated';
      /** The educator who asked. */
      readonly educatorId: string;
      /** The session asked for. */
      readonly sessionId: string;
      /** True when the seat came from the waitlist after a cancellation. */
      readonly promoted: boolean;
      /** Why, in a sentence. */
      readonly message: string;
    }
  | {
      /** Waiting for a seat to free. */
      readonly status: 'waitlisted';
      /** The educator who asked. */
      readonly educatorId: string;
      /** The session asked for. */
      readonly sessionId: string;
      /** Place in the session's waitlist, from 1. */
      readonly position: number;
      /** Full session, or the educator's school already has its seats. */
      readonly reason: 'capacity' | 'school-cap';
      /** Why, in a sentence. */
      readonly message: string;
    }
  | {
      /** No place. */
      readonly status: 'refused';
      /** The educator who asked. */
      readonly educatorId: string;
      /** The session asked for. */
      readonly sessionId: string;
      /** What kept the educator out. */
      readonly reason: RefusalReason;
      /** The limit reached, when `reason` is `limit`. */
      readonly limit?: BookingLimit;
      /** Why, in a sentence. */
      readonly message: string;
    }
  | {
      /** Given back by a cancellation. */
      readonly status: 'cancelled';
      /** The educator who asked. */
      readonly educatorId: string;
      /** The session asked for. */
      readonly sessionId: string;
      /** Why, in a sentence. */
      readonly message: string;
    };

/**
 * What became of one cancellation, with a sentence that explains it.
 *
 * @example
 * ```ts
 * const outcome: CancellationOutcome = {
 *   status: 'released', educatorId: 'e001',
 *   sessionId: 'opt-in@2027-04-13T16:00', at: '2027-04-10T12:00:00Z',
 *   place: 'seat', promoted: ['e007'],
 *   message: 'the seat of educator "e001" in "opt-in@2027-04-13T16:00" was given back at 2027-04-10T12:00:00Z; seated from the waitlist: e007',
 * };
 * ```
 */
export type CancellationOutcome =
  | {
      /** The place was given back. */
      readonly status: 'released';
      /** Who gave it back. */
      readonly educatorId: string;
      /** The session. */
      readonly sessionId: string;
      /** When, as given. */
      readonly at: string;
      /** A seat, or a place on the waitlist. */
      readonly place: 'seat' | 'waitlist';
      /**
       * Educators seated from the waitlist as a result, in order. Empty
       * when the session had started by then: no one can take the seat.
       */
      readonly promoted: readonly string[];
      /** Why, in a sentence. */
      readonly message: string;
    }
  | {
      /** Nothing to give back. */
      readonly status: 'ignored';
      /** Who asked. */
      readonly educatorId: string;
      /** The session named. */
      readonly sessionId: string;
      /** When, as given. */
      readonly at: string;
      /** Unknown session or educator, or no place held at that moment. */
      readonly reason: 'unknown-session' | 'unknown-educator' | 'no-place';
      /** Why, in a sentence. */
      readonly message: string;
    };

/**
 * How full one session ended up.
 *
 * @example
 * ```ts
 * const fill: SessionFill = {
 *   sessionId: 'opt-in@2027-04-13T16:00', seated: 30, waitlisted: 4, capacity: 30,
 * };
 * ```
 */
export interface SessionFill {
  /** The session. */
  readonly sessionId: string;
  /** Seats taken, existing bookings included. */
  readonly seated: number;
  /** Entries on the waitlist. */
  readonly waitlisted: number;
  /** Seats offered; unlimited when missing. */
  readonly capacity?: number;
}

/**
 * The result of {@link allocateSeats}.
 *
 * @example
 * ```ts
 * const { outcomes, bookings, fill } = allocateSeats(input);
 * outcomes[0]?.status; // 'seated'
 * ```
 */
export interface SeatAllocation {
  /** One outcome per request, in the order the requests were given. */
  readonly outcomes: readonly SeatOutcome[];
  /** One outcome per cancellation, in the order they were given. */
  readonly cancellations: readonly CancellationOutcome[];
  /**
   * Every place held at the end: seats first, then waitlists in order,
   * session by session in the order the sessions were given. Existing
   * bookings that were not cancelled are included.
   */
  readonly bookings: readonly Booking[];
  /** One entry per session, in the order the sessions were given. */
  readonly fill: readonly SessionFill[];
}
