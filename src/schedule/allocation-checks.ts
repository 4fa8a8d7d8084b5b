import type { ReachplanIssue } from '../model/issues.js';
import type { Booking } from './booking.js';
import type { Session } from './session.js';

/**
 * The parts of an allocation that must agree with each other.
 *
 * @internal
 */
export interface AllocationReferences {
  readonly sessions: readonly Session[];
  readonly educators: readonly { readonly id: string }[];
  readonly existing?: readonly Booking[] | undefined;
}

/**
 * Checks that session and educator ids are unique and that every existing
 * booking names a session and an educator given, once. Existing bookings
 * are the caller's own record, so a mismatch there is an error, not an
 * outcome: leaving it out would drop a booking without a word.
 *
 * @internal
 */
export function checkAllocationReferences(
  input: AllocationReferences,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  const sessionIds = uniqueIds(input.sessions, 'sessions', 'session', issues);
  const educatorIds = uniqueIds(
    input.educators,
    'educators',
    'educator',
    issues,
  );

  const held = new Map<string, number>();
  (input.existing ?? []).forEach((booking, i) => {
    const { educatorId, sessionId } = booking;
    if (!sessionIds.has(sessionId)) {
      issues.push(unknown(i, 'sessionId', `session "${sessionId}"`));
    }
    if (!educatorIds.has(educatorId)) {
      issues.push(unknown(i, 'educatorId', `educator "${educatorId}"`));
    }

    const key = JSON.stringify([educatorId, sessionId]);
    const first = held.get(key);
    if (first === undefined) {
      held.set(key, i);
      return;
    }
    issues.push({
      code: 'duplicate_booking',
      path: ['existing', i],
      message: `educator "${educatorId}" holds two places in "${sessionId}", at existing[${first}] and existing[${i}]`,
    });
  });
  return issues;
}

/** Each id's first position; an issue for every later one. */
function uniqueIds(
  items: readonly { readonly id: string }[],
  list: 'sessions' | 'educators',
  noun: string,
  issues: ReachplanIssue[],
): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach(({ id }, i) => {
    const seen = first.get(id);
    if (seen === undefined) {
      first.set(id, i);
      return;
    }
    issues.push({
      code: 'duplicate_id',
      path: [list, i, 'id'],
      message: `${noun} id "${id}" is given twice, at ${list}[${seen}] and ${list}[${i}]`,
    });
  });
  return first;
}

function unknown(index: number, key: string, named: string): ReachplanIssue {
  const noun = key === 'sessionId' ? 'sessions' : 'educators';
  return {
    code: 'unknown_reference',
    path: ['existing', index, key],
    message: `existing booking ${index} names ${named}, which is not among the ${noun} given`,
  };
}
