import type { Scenario } from '../model/scenario.js';
import type { Booking } from '../schedule/booking.js';
import type { Conflict } from '../schedule/conflicts.js';
import { findConflicts } from '../schedule/conflicts.js';
import type { Session } from '../schedule/session.js';
import { sessionsForSchool } from './offering-meetings.js';
import type { PlannedCascade } from './plan-result.js';

/**
 * The conflicts that involve a pod session. Each pod's leader facilitates
 * it and its members hold a seat; each cascade's first leaders are counted
 * as attending every session of its source at their school, so a leader
 * due at the seminar while leading a pod is found, as is one leading two
 * pods or sitting in another pod at that time.
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
  const seminar = sourceBookings(scenario, sources, cascades);
  const attended = new Set(seminar.map((b) => b.sessionId));
  const checked = [...sessions, ...sources.filter((s) => attended.has(s.id))];

  const podSessions = new Set(sessions.map((s) => s.id));
  return findConflicts(checked, {
    bookings: [...bookings, ...seminar],
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
        sessionsForSchool(sources, offeringId, leader.schoolId).map((s) => ({
          educatorId: leader.educatorId,
          sessionId: s.id,
          status: 'booked' as const,
        })),
      );
  });
}
