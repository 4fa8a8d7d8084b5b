import type { SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import { safeParseWith } from '../model/zod-issues.js';
import type {
  BookingLimit,
  Cancellation,
  SeatRequest,
} from './allocation-input.js';
import { allocationDataSchema } from './allocation-input.js';
import type { Booking } from './booking.js';
import { compareText, rankRequests } from './rank-requests.js';
import type { Blocker, Holder } from './seat-ledger.js';
import { SeatLedger } from './seat-ledger.js';
import type { SeatAllocation, SeatOutcome } from './seat-outcome.js';
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
 * overlaps or breaks a limit is refused.
 *
 * @param input - sessions, educators, requests and the rules.
 * @returns the allocation, or issues naming each malformed request.
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
  return { success: true, data: allocate(input) };
}

/**
 * Gives seats for one registration round: see {@link safeAllocateSeats}
 * for the rules. Deterministic, and every outcome says why.
 *
 * @param input - sessions, educators, requests and the rules.
 * @returns one outcome per request, the places held, and each session's fill.
 * @throws {@link ReachplanError} when a request, cancellation, limit or
 *   existing booking is malformed.
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
  const ledger = new SeatLedger(input.sessions, input.limits ?? [], asOfMs);
  const schoolOf = new Map(input.educators.map((e) => [e.id, e.schoolId]));
  const outcomes: (SeatOutcome | undefined)[] = new Array(
    input.requests.length,
  );
  const holders = new Map<string, Holder>();

  for (const booking of input.existing ?? []) {
    const index = ledger.indexOf.get(booking.sessionId);
    const schoolId = schoolOf.get(booking.educatorId);
    if (index === undefined || schoolId === undefined) continue;
    if (ledger.placeOf(booking.educatorId, index)) continue;
    const holder = { request: -1, educatorId: booking.educatorId, schoolId };
    holders.set(`${booking.educatorId}\0${index}`, holder);
    if (booking.status === 'waitlisted') ledger.waitlist(holder, index);
    else ledger.seat(holder, index);
  }

  for (const r of rankRequests(input.requests, input.favour)) {
    const request = input.requests[r] as SeatRequest;
    const refusal = refusalFor(request, ledger, schoolOf, asOfMs, input.asOf);
    if (refusal) {
      outcomes[r] = refused(request, refusal.reason, refusal.message);
      continue;
    }

    const index = ledger.indexOf.get(request.sessionId) as number;
    const schoolId = schoolOf.get(request.educatorId) as string;
    const holder = { request: r, educatorId: request.educatorId, schoolId };
    holders.set(`${request.educatorId}\0${index}`, holder);

    const blocker = ledger.blockerFor(request.educatorId, index);
    if (blocker) {
      holders.delete(`${request.educatorId}\0${index}`);
      outcomes[r] = blocked(request, blocker);
    } else if (ledger.fullness(index, schoolId)) {
      ledger.waitlist(holder, index);
    } else {
      ledger.seat(holder, index);
      outcomes[r] = seated(request, false);
    }
  }

  const cancellations = [...(input.cancellations ?? [])].sort(
    (a, b) =>
      Date.parse(a.at) - Date.parse(b.at) ||
      compareText(a.educatorId, b.educatorId) ||
      compareText(a.sessionId, b.sessionId),
  );
  for (const cancellation of cancellations) {
    const index = ledger.indexOf.get(cancellation.sessionId);
    if (index === undefined) continue;
    const key = `${cancellation.educatorId}\0${index}`;
    const holder = holders.get(key);
    if (!holder) continue;

    ledger.release(holder.educatorId, holder.schoolId, index);
    holders.delete(key);
    const request = input.requests[holder.request];
    if (request) outcomes[holder.request] = cancelled(request, cancellation);
    promote(ledger, index, input.requests, outcomes, holders);
  }

  return finish(input, ledger, outcomes);
}

/** Seats waitlist entries, first come first served, while seats are free. */
function promote(
  ledger: SeatLedger,
  index: number,
  requests: readonly SeatRequest[],
  outcomes: (SeatOutcome | undefined)[],
  holders: Map<string, Holder>,
): void {
  const waitlist = ledger.waitlists[index] ?? [];
  let at = 0;
  while (at < waitlist.length) {
    const holder = waitlist[at] as Holder;
    const fullness = ledger.fullness(index, holder.schoolId);
    if (fullness === 'capacity') return;
    if (fullness === 'school-cap') {
      at += 1;
      continue;
    }

    waitlist.splice(at, 1);
    ledger.dropFromWaitlist(holder, index);
    const request = requests[holder.request];
    const blocker = ledger.blockerFor(holder.educatorId, index);
    if (blocker) {
      holders.delete(`${holder.educatorId}\0${index}`);
      if (request) outcomes[holder.request] = blocked(request, blocker);
      continue;
    }
    ledger.seat(holder, index);
    if (request) outcomes[holder.request] = seated(request, true);
  }
}

function refusalFor(
  request: SeatRequest,
  ledger: SeatLedger,
  schoolOf: ReadonlyMap<string, string>,
  asOfMs: number,
  asOf: string | undefined,
): { reason: SeatOutcomeReason; message: string } | undefined {
  const { educatorId, sessionId } = request;
  const index = ledger.indexOf.get(sessionId);
  if (index === undefined) {
    return {
      reason: 'unknown-session',
      message: `session "${sessionId}" is not among the sessions given`,
    };
  }
  const session = ledger.sessions[index] as Session;
  const schoolId = schoolOf.get(educatorId);
  if (schoolId === undefined) {
    return {
      reason: 'unknown-educator',
      message: `educator "${educatorId}" is not among the educators given`,
    };
  }
  if (session.status === 'cancelled') {
    return {
      reason: 'cancelled-session',
      message: `session "${sessionId}" is cancelled`,
    };
  }
  if (ledger.startOf(index) <= asOfMs) {
    return {
      reason: 'already-started',
      message: `session "${sessionId}" started before ${asOf}`,
    };
  }
  if (session.schoolId !== undefined && session.schoolId !== schoolId) {
    return {
      reason: 'other-school',
      message: `session "${sessionId}" is for school "${session.schoolId}", and educator "${educatorId}" is at school "${schoolId}"`,
    };
  }
  if (ledger.placeOf(educatorId, index)) {
    return {
      reason: 'duplicate',
      message: `educator "${educatorId}" already holds a place in "${sessionId}"`,
    };
  }
  return undefined;
}

type SeatOutcomeReason = Extract<SeatOutcome, { status: 'refused' }>['reason'];

function refused(
  request: SeatRequest,
  reason: SeatOutcomeReason,
  message: string,
): SeatOutcome {
  const { educatorId, sessionId } = request;
  return { status: 'refused', educatorId, sessionId, reason, message };
}

function blocked(request: SeatRequest, blocker: Blocker): SeatOutcome {
  const { educatorId, sessionId } = request;
  if (blocker.reason === 'overlap') {
    return refused(
      request,
      'overlap',
      `educator "${educatorId}" is already seated in "${blocker.other.id}", which overlaps "${sessionId}"`,
    );
  }
  const { limit, held, period } = blocker;
  const scope = limit.offeringIds ? ' of these offerings' : '';
  const noun = held === 1 ? 'booking' : 'bookings';
  return {
    status: 'refused',
    educatorId,
    sessionId,
    reason: 'limit',
    limit,
    message: `educator "${educatorId}" already has ${held} ${noun}${scope} in ${period}; the limit is ${limit.max} per ${limit.period}`,
  };
}

function seated(request: SeatRequest, promoted: boolean): SeatOutcome {
  const { educatorId, sessionId } = request;
  const message = promoted
    ? `seated in "${sessionId}" from the waitlist after a cancellation`
    : `seated in "${sessionId}"`;
  return { status: 'seated', educatorId, sessionId, promoted, message };
}

function cancelled(request: SeatRequest, cancellation: Cancellation) {
  const { educatorId, sessionId } = request;
  return {
    status: 'cancelled',
    educatorId,
    sessionId,
    message: `cancelled at ${cancellation.at}`,
  } as const;
}

/** Numbers the waitlists and gathers the places held. */
function finish(
  input: AllocateSeatsInput,
  ledger: SeatLedger,
  outcomes: (SeatOutcome | undefined)[],
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
      const reason = ledger.fullness(index, holder.schoolId) ?? 'capacity';
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

  for (const [index, educatorId] of ledger.seatedPlaces()) {
    const session = ledger.sessions[index] as Session;
    seatedBookings.push({
      educatorId,
      sessionId: session.id,
      status: 'booked',
    });
  }

  const fill = input.sessions.map((session, index) => ({
    sessionId: session.id,
    seated: ledger.seated[index] ?? 0,
    waitlisted: ledger.waitlists[index]?.length ?? 0,
    ...(session.capacity === undefined ? {} : { capacity: session.capacity }),
  }));
  return {
    // Every request was refused, seated, waitlisted or cancelled above.
    outcomes: outcomes as SeatOutcome[],
    bookings: [...seatedBookings, ...waitlistBookings],
    fill,
  };
}
