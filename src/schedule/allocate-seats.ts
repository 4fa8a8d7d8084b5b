import type { SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import { safeParseWith } from '../model/zod-issues.js';
import { checkAllocationReferences } from './allocation-checks.js';
import type {
  BookingLimit,
  Cancellation,
  SeatRequest,
} from './allocation-input.js';
import { allocationDataSchema } from './allocation-input.js';
import type { Booking } from './booking.js';
import { rankRequests } from './rank-requests.js';
import { releaseAll } from './release-seats.js';
import { SeatLedger } from './seat-ledger.js';
import {
  blocked,
  refusalFor,
  refused,
  seated,
  UNKNOWN_EDUCATOR,
} from './seat-messages.js';
import type {
  CancellationOutcome,
  SeatAllocation,
  SeatOutcome,
} from './seat-outcome.js';
import { People } from './seat-people.js';
import type { Session } from './session.js';

/**
 * Everything {@link allocateSeats} needs.
 *
 * @example
 * ```ts
 * const input: AllocateSeatsInput = {
 *   sessions, educators: scenario.district.educators, requests,
 *   limits: [{ max: 1, period: 'term' }], asOf: '2027-04-01T00:00:00Z',
 * };
 * ```
 */
export interface AllocateSeatsInput {
  /** The sessions seats are given in; capacity and seatsPerSchool apply. */
  readonly sessions: readonly Session[];
  /** Each educator's school, for per-school caps and school sessions. */
  readonly educators: readonly {
    readonly id: string;
    readonly schoolId: string;
  }[];
  /** The requests of this round. */
  readonly requests: readonly SeatRequest[];
  /** Seats given back after the round, applied in time order. */
  readonly cancellations?: readonly Cancellation[];
  /** Per-educator limits; all must hold. */
  readonly limits?: readonly BookingLimit[];
  /** Places held from earlier rounds: they keep their seats and count. */
  readonly existing?: readonly Booking[];
  /**
   * The moment of allocation: sessions that started by then take no
   * requests, and bookings of sessions already over no longer count
   * against limits. Every booking counts when missing.
   */
  readonly asOf?: string;
  /**
   * Favours educators behind on a requirement: a set of their ids, or a
   * score (higher goes first). Ranks after `priority`, before request time.
   */
  readonly favour?: ReadonlySet<string> | ((educatorId: string) => number);
}

/**
 * Gives seats for one registration round, never throwing.
 *
 * Requests are ranked once: `priority` (higher first), then the `favour`
 * policy, then request time, then educator and session id, so the result
 * never depends on input order. Each request in turn is seated when the
 * session and the educator's school have room, waitlisted when not, or
 * refused: unknown session or educator, a cancelled or already started
 * session, a school session of another school, a place already held, an
 * overlap with a seat already held, or a reached limit. Cancellations then
 * apply in time order; each frees its seat and the waitlist moves up: the
 * first entry whose school has room is seated, and an entry that now
 * overlaps or breaks a limit is refused. A seat given back once its
 * session has begun stays empty. Each cancellation gets an outcome too:
 * the place released and who moved up, or why nothing was released.
 *
 * Issues: a malformed request, cancellation, limit or existing booking
 * (with its path); `duplicate_id` for a session or educator id given
 * twice; `unknown_reference` for an existing booking naming a session or
 * educator not given; `duplicate_booking` for two existing places of one
 * educator in one session.
 *
 * @param input - sessions, educators, requests and the rules.
 * @returns the allocation, or every issue found.
 * @example
 * ```ts
 * const result = safeAllocateSeats({ ...input, requests: [{ educatorId: 'e1' }] });
 * result.success; // false: sessionId and requestedAt are missing
 * ```
 */
export function safeAllocateSeats(
  input: AllocateSeatsInput,
): SafeResult<SeatAllocation> {
  const checked = safeParseWith(allocationDataSchema, {
    requests: input.requests,
    cancellations: input.cancellations,
    limits: input.limits,
    existing: input.existing,
    asOf: input.asOf,
  });
  if (!checked.success) return checked;
  const issues = checkAllocationReferences(input);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: allocate(input) };
}

/**
 * Gives seats for one registration round: see {@link safeAllocateSeats}
 * for the rules. Deterministic, and every outcome says why.
 *
 * @param input - sessions, educators, requests and the rules.
 * @returns one outcome per request, the places held, and each session's fill.
 * @throws {@link ReachplanError} carrying the issues
 *   {@link safeAllocateSeats} lists.
 * @example
 * ```ts
 * const { outcomes } = allocateSeats({
 *   sessions: [session], // capacity 1
 *   educators: [{ id: 'e1', schoolId: 's1' }, { id: 'e2', schoolId: 's1' }],
 *   requests: [
 *     { educatorId: 'e2', sessionId: session.id, requestedAt: '2027-04-01T10:00:00Z' },
 *     { educatorId: 'e1', sessionId: session.id, requestedAt: '2027-04-01T09:00:00Z' },
 *   ],
 * });
 * outcomes.map((o) => o.status); // ['waitlisted', 'seated']
 * ```
 */
export function allocateSeats(input: AllocateSeatsInput): SeatAllocation {
  return unwrapResult(safeAllocateSeats(input));
}

function allocate(input: AllocateSeatsInput): SeatAllocation {
  const asOfMs = input.asOf ? Date.parse(input.asOf) : Number.NEGATIVE_INFINITY;
  const people = new People(input.educators);
  const ledger = new SeatLedger(
    input.sessions,
    input.limits ?? [],
    asOfMs,
    people.educatorCount,
    people.schoolCount,
  );
  const outcomes: (SeatOutcome | undefined)[] = new Array(
    input.requests.length,
  );

  for (const booking of input.existing ?? []) {
    const index = ledger.indexOf.get(booking.sessionId);
    const holder = people.holder(booking.educatorId, -1);
    if (index === undefined || !holder) continue;
    if (ledger.holds(holder.educator, index)) continue;
    if (booking.status === 'waitlisted') ledger.waitlist(holder, index);
    else ledger.seat(holder, index);
  }

  for (const r of rankRequests(input.requests, input.favour)) {
    const request = input.requests[r] as SeatRequest;
    const holder = people.holder(request.educatorId, r);
    const refusal = refusalFor(request, holder, ledger, asOfMs, input.asOf);
    if (refusal || !holder) {
      outcomes[r] = refused(request, refusal ?? UNKNOWN_EDUCATOR(request));
      continue;
    }

    const index = ledger.indexOf.get(request.sessionId) as number;
    const blocker = ledger.blockerFor(holder.educator, index);
    if (blocker) {
      outcomes[r] = blocked(request, blocker);
      continue;
    }
    if (ledger.fullness(index, holder.school)) {
      ledger.waitlist(holder, index);
    } else {
      ledger.seat(holder, index);
      outcomes[r] = seated(request, false);
    }
  }

  const released = releaseAll(input, people, ledger, outcomes);
  return finish(input, ledger, outcomes, released);
}

/** Numbers the waitlists and gathers the places held. */
function finish(
  input: AllocateSeatsInput,
  ledger: SeatLedger,
  outcomes: (SeatOutcome | undefined)[],
  cancellations: CancellationOutcome[],
): SeatAllocation {
  const seatedBookings: Booking[] = [];
  const waitlistBookings: Booking[] = [];

  ledger.waitlists.forEach((waitlist, index) => {
    const session = ledger.sessions[index] as Session;
    waitlist.forEach((holder, at) => {
      waitlistBookings.push({
        educatorId: holder.educatorId,
        sessionId: session.id,
        status: 'waitlisted',
      });
      const request = input.requests[holder.request];
      if (!request) return;
      const reason = ledger.fullness(index, holder.school) ?? 'capacity';
      const why =
        reason === 'capacity'
          ? `all ${session.capacity} seats are taken`
          : `school "${holder.schoolId}" already has its ${session.seatsPerSchool} seats`;
      outcomes[holder.request] = {
        status: 'waitlisted',
        educatorId: holder.educatorId,
        sessionId: session.id,
        position: at + 1,
        reason,
        message: `waitlisted at position ${at + 1} for "${session.id}": ${why}`,
      };
    });
  });

  ledger.seatHolders.forEach((seats, index) => {
    const sessionId = (ledger.sessions[index] as Session).id;
    for (const { educatorId } of seats) {
      seatedBookings.push({ educatorId, sessionId, status: 'booked' });
    }
  });

  const fill = input.sessions.map((session, index) => ({
    sessionId: session.id,
    seated: ledger.seated[index] ?? 0,
    waitlisted: ledger.waitlists[index]?.length ?? 0,
    ...(session.capacity === undefined ? {} : { capacity: session.capacity }),
  }));
  return {
    // Every request was refused, seated, waitlisted or cancelled above.
    outcomes: outcomes as SeatOutcome[],
    cancellations,
    bookings: [...seatedBookings, ...waitlistBookings],
    fill,
  };
}
