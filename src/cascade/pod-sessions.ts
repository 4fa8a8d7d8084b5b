import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { fromEpochDay } from '../calendar/local-date.js';
import type { Scenario } from '../model/scenario.js';
import type { InstantCache } from '../schedule/build-session.js';
import { buildSession, makeSession } from '../schedule/build-session.js';
import type { Session } from '../schedule/session.js';
import type { CascadePlan } from './plan-schema.js';
import type { PodPlan } from './plan-school.js';

/**
 * A pod's sessions, made by the scheduling module: held at the pod's
 * school, led by its leader, with a seat for each member. A pod is its own
 * "offering" in the sessions (`offeringId` is the pod id), so the ids of
 * two pods meeting at one school at one time never collide.
 *
 * Pods of one level meet on few distinct days and times, so one `cache` of
 * resolved instants serves every pod of a plan.
 *
 * @internal
 */
export function podSessions(
  scenario: Scenario,
  calendar: CompiledCalendar,
  plan: CascadePlan,
  pod: PodPlan,
  cache: InstantCache,
): Session[] {
  const { timeZone } = scenario.district;
  const number = pod.id.split('/').at(-1);

  return pod.slots.map((slot) => {
    const source = {
      id: pod.id,
      durationMinutes: slot.durationMinutes,
      venue: 'school' as const,
      facilitators: [pod.leaderId],
      capacity: Math.max(pod.memberIds.length, 1),
      location: `${pod.schoolId}: ${plan.name}, pod ${number}`,
    };
    const at = {
      date: fromEpochDay(slot.day),
      startTime: slot.time,
      schoolId: pod.schoolId,
    };
    // Slot days are session days of the calendar, so a session is always
    // made; buildSession would only be reached to report the impossible.
    return (
      makeSession(calendar, timeZone, source, at, cache) ??
      buildSession({ timeZone, calendar }, source, at)
    );
  });
}
