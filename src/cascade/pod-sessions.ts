import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { fromEpochDay } from '../calendar/local-date.js';
import type { Scenario } from '../model/scenario.js';
import { buildSession } from '../schedule/build-session.js';
import type { Session } from '../schedule/session.js';
import type { CascadePlan } from './plan-schema.js';
import type { PodPlan } from './plan-school.js';

/**
 * A pod's sessions, made by the scheduling module: held at the pod's
 * school, led by its leader, with a seat for each member. A pod is its own
 * "offering" in the sessions (`offeringId` is the pod id), so the ids of
 * two pods meeting at one school at one time never collide.
 *
 * @internal
 */
export function podSessions(
  scenario: Scenario,
  calendar: CompiledCalendar,
  plan: CascadePlan,
  pod: PodPlan,
): Session[] {
  const district = { timeZone: scenario.district.timeZone, calendar };
  return pod.slots.map((slot) =>
    buildSession(
      district,
      {
        id: pod.id,
        durationMinutes: slot.durationMinutes,
        venue: 'school',
        facilitators: [pod.leaderId],
        capacity: Math.max(pod.memberIds.length, 1),
        location: `${pod.schoolId}: ${plan.name}, pod ${pod.id.split('/').at(-1)}`,
      },
      {
        date: fromEpochDay(slot.day),
        startTime: slot.time,
        schoolId: pod.schoolId,
      },
    ),
  );
}
