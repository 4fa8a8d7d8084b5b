import type { Cancellation, SeatRequest } from './allocation-input.js';
import type { Blocker, Holder, SeatLedger } from './seat-ledger.js';
import type { CancellationOutcome, SeatOutcome } from './seat-outcome.js';
import type { Session } from './session.js';

/*
 * The sentences that explain each allocation outcome, kept together so
 * their wording stays consistent.
 */

/**
 * Why a request is refused, before seats are looked at.
 *
 * @internal
 */
export interface Refusal {
  readonly reason: SeatOutcomeReason;
  readonly message: string;
}

/**
 * The refusal for an educator not among those given.
 *
 * @internal
 */
export const UNKNOWN_EDUCATOR = (request: SeatRequest): Refusal => ({
  reason: 'unknown-educator',
  message: `educator "${request.educatorId}" is not among the educators given`,
});

/**
 * The refusal a request meets before seats are looked at, if any.
 *
 * @internal
 */
export function refusalFor(
  request: SeatRequest,
  holder: Holder | undefined,
  ledger: SeatLedger,
  asOfMs: number,
  asOf: string | undefined,
): Refusal | undefined {
  const { educatorId, sessionId } = request;
  const index = ledger.indexOf.get(sessionId);
  if (index === undefined) {
    return {
      reason: 'unknown-session',
      message: `session "${sessionId}" is not among the sessions given`,
    };
  }
  if (!holder) return UNKNOWN_EDUCATOR(request);
  const session = ledger.sessions[index] as Session;
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
  if (session.schoolId !== undefined && session.schoolId !== holder.schoolId) {
    return {
      reason: 'other-school',
      message:
        `session "${sessionId}" is for school "${session.schoolId}", and ` +
        `educator "${educatorId}" is at school "${holder.schoolId}"`,
    };
  }
  if (ledger.holds(holder.educator, index)) {
    return {
      reason: 'duplicate',
      message: `educator "${educatorId}" already holds a place in "${sessionId}"`,
    };
  }
  return undefined;
}

/**
 * The reasons a refusal can give.
 *
 * @internal
 */
export type SeatOutcomeReason = Extract<
  SeatOutcome,
  { status: 'refused' }
>['reason'];

/**
 * A refused outcome.
 *
 * @internal
 */
export function refused(request: SeatRequest, refusal: Refusal): SeatOutcome {
  const { educatorId, sessionId } = request;
  const { reason, message } = refusal;
  return { status: 'refused', educatorId, sessionId, reason, message };
}

/**
 * The refusal for an overlap or a reached limit, naming which.
 *
 * @internal
 */
export function blocked(request: SeatRequest, blocker: Blocker): SeatOutcome {
  const { educatorId, sessionId } = request;
  if (blocker.reason === 'overlap') {
    return refused(request, {
      reason: 'overlap',
      message:
        `educator "${educatorId}" is already seated in ` +
        `"${blocker.other.id}", which overlaps "${sessionId}"`,
    });
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
    message:
      `educator "${educatorId}" already has ${held} ${noun}${scope} in ` +
      `${period}; the limit is ${limit.max} per ${limit.period}`,
  };
}

/**
 * A seated outcome, from the queue or from the waitlist.
 *
 * @internal
 */
export function seated(request: SeatRequest, promoted: boolean): SeatOutcome {
  const { educatorId, sessionId } = request;
  const message = promoted
    ? `seated in "${sessionId}" from the waitlist after a cancellation`
    : `seated in "${sessionId}"`;
  return { status: 'seated', educatorId, sessionId, promoted, message };
}

/**
 * The outcome of a request whose place was given back.
 *
 * @internal
 */
export function cancelled(request: SeatRequest, cancellation: Cancellation) {
  const { educatorId, sessionId } = request;
  return {
    status: 'cancelled',
    educatorId,
    sessionId,
    message: `cancelled at ${cancellation.at}`,
  } as const;
}

/**
 * The outcome of a cancellation that gave a place back.
 *
 * @internal
 */
export function releasedPlace(
  cancellation: Cancellation,
  place: 'seat' | 'waitlist',
  promoted: readonly string[],
  started: boolean,
): CancellationOutcome {
  const { educatorId, sessionId, at } = cancellation;
  const held = place === 'seat' ? 'seat' : 'waitlist place';
  const given =
    `the ${held} of educator "${educatorId}" in "${sessionId}" ` +
    `was given back at ${at}`;
  const next =
    place === 'waitlist'
      ? ''
      : started
        ? '; the session had started, so the seat stays empty'
        : promoted.length > 0
          ? `; seated from the waitlist: ${promoted.join(', ')}`
          : '; no one on the waitlist could take it';
  return {
    status: 'released',
    educatorId,
    sessionId,
    at,
    place,
    promoted: [...promoted],
    message: given + next,
  };
}

/**
 * The outcome of a cancellation with nothing to give back.
 *
 * @internal
 */
export function ignored(
  cancellation: Cancellation,
  reason: 'unknown-session' | 'unknown-educator' | 'no-place',
): CancellationOutcome {
  const { educatorId, sessionId, at } = cancellation;
  const messages = {
    'unknown-session': `session "${sessionId}" is not among the sessions given`,
    'unknown-educator': `educator "${educatorId}" is not among the educators given`,
    'no-place': `educator "${educatorId}" holds no place in "${sessionId}" at ${at}`,
  };
  return {
    status: 'ignored',
    educatorId,
    sessionId,
    at,
    reason,
    message: messages[reason],
  };
}
