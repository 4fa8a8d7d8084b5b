import type { Scenario } from '../model/scenario.js';
import type { Booking } from '../schedule/booking.js';
import type { Conflict } from '../schedule/conflicts.js';
import { findConflicts } from '../schedule/conflicts.js';
import type { Session } from '../schedule/session.js';
import { sessionsForSchool } from './offering-meetings.js';
import type { PlannedCascade } from './plan-result.js';

/**
 * The conflicts that involve a pod session. Besides the members, each
 * pod's leader is counted as taking part in it, and each cascade's first
 * leaders as attending every session of its source at their school, so a
 * leader due in two pods, or at the seminar while leading a pod, is found.
 *
 * @internal
 */
export function planConflicts(
  scenario: Scenario,
  sources: readonly Session[],
  cascades: readonly PlannedCascade[],
  sessions: readonly Session[],
  bookings: readonly Booking[],
): Conflict[] {
  const leading = cascades.flatMap((c) =>
    c.pods.flatMap((pod) =>
      pod.sessionIds.map((sessionId) => booked(pod.leaderId, sessionId)),
    ),
  );
  const seminar = sourceBookings(scenario, sources, cascades);
  const attended = new Set(seminar.map((b) => b.sessionId));
  const checked = [...sessions, ...sources.filter((s) => attended.has(s.id))];

  const podSessions = new Set(sessions.map((s) => s.id));
  return findConflicts(checked, {
    bookings: [...bookings, ...leading, ...seminar],
    scenario,
  }).filter((c) => c.sessionIds.some((id) => podSessions.has(id)));
}

function sourceBookings(
  scenario: Scenario,
  sources: readonly Session[],
  cascades: readonly PlannedCascade[],
): Booking[] {
  const sourceOf = new Map(
    (scenario.cascades ?? []).flatMap((plan) =>
      plan.kind === 'cascade' ? [[plan.id, plan.sourceOfferingId]] : [],
    ),
  );
  return cascades.flatMap((c) => {
    const offeringId = sourceOf.get(c.cascadeId);
    if (offeringId === undefined) return [];
    return c.leaders
      .filter((leader) => leader.level === 0)
      .flatMap((leader) =>
        sessionsForSchool(sources, offeringId, leader.schoolId).map((s) =>
          booked(leader.educatorId, s.id),
        ),
      );
  });
}

function booked(educatorId: string, sessionId: string): Booking {
  return { educatorId, sessionId, status: 'booked' };
}
