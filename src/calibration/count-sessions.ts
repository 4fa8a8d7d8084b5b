import { weekdayOf } from '../calendar/local-date.js';
import type { Participation } from '../requirements/participation.js';
import type { Session } from '../schedule/session.js';
import type { CalibrationContext } from './calibration-context.js';
import type { CalibratedParameter } from './calibration-types.js';

// Which session formats inform which parameter. Opt-in sessions are open
// to all who may come; department PD is for every member of the
// department, so attending it is the "attend when booked" chance.
const PARAMETER_OF_FORMAT: Readonly<Record<string, CalibratedParameter>> = {
  'opt-in-session': 'optIn',
  'department-pd': 'attendIfBooked',
};

/**
 * Counts, for opt-in and department PD sessions, each educator's chances
 * (sessions held that they could attend: eligible, at their school for
 * school-based sessions, on a weekday they work) and attendances.
 *
 * @returns how many session records of known educators name a session
 *   not held.
 * @internal
 */
export function countSessions(
  context: CalibrationContext,
  sessions: readonly Session[],
  records: readonly Participation[],
): number {
  const attended = new Map<string, Set<number>>();
  for (const record of records) {
    if (record.kind !== 'session') continue;
    const i = context.educatorIndex.get(record.educatorId);
    if (i === undefined) continue;
    const set = attended.get(record.sessionId) ?? new Set<number>();
    set.add(i);
    attended.set(record.sessionId, set);
  }

  const held = new Set<string>();
  for (const session of sessions) {
    if (session.status === 'cancelled') continue;
    held.add(session.id);

    const offering = context.offerings.get(session.offeringId);
    const parameter = offering && PARAMETER_OF_FORMAT[offering.format];
    if (!offering || !parameter) continue;

    const tally = context.tallies[parameter];
    const present = attended.get(session.id);
    const weekday = weekdayOf(session.localDate);
    const counted = new Set<number>();
    for (const i of context.eligibleAt(offering, session.schoolId)) {
      const educator = context.educators[i];
      if (!educator) continue;
      const away =
        educator.availability !== undefined &&
        !educator.availability.includes(weekday);
      if (away && present?.has(i) !== true) continue;
      counted.add(i);
    }
    // Someone who came was evidently able to, whatever the roster says.
    for (const i of present ?? []) counted.add(i);

    for (const i of counted) {
      tally.trials[i] = (tally.trials[i] ?? 0) + 1;
      if (present?.has(i)) tally.successes[i] = (tally.successes[i] ?? 0) + 1;
    }
  }

  return records.filter(
    (record) =>
      record.kind === 'session' &&
      context.educatorIndex.has(record.educatorId) &&
      !held.has(record.sessionId),
  ).length;
}
