import { toEpochDay } from '../calendar/local-date.js';
import type { SafeResult } from '../model/issues.js';
import type { Session } from '../schedule/session.js';
import type { CascadePlan } from './plan-schema.js';
import type { Meeting } from './plan-school.js';

/**
 * The live sessions of each offering that a school's staff can attend:
 * central ones and the school's own, in time order.
 *
 * @internal
 */
export function sessionsForSchool(
  sessions: readonly Session[],
  offeringId: string,
  schoolId: string,
): Session[] {
  return sessions
    .filter(
      (s) =>
        s.offeringId === offeringId &&
        s.status !== 'cancelled' &&
        (s.schoolId === undefined || s.schoolId === schoolId),
    )
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/**
 * The day a cascade's first leaders at a school are trained: the
 * `sourceSession`-th live session of the source. Communities have none.
 *
 * @internal
 */
export function firstTraining(
  plan: CascadePlan,
  planIndex: number,
  sessions: readonly Session[],
  schoolId: string,
): SafeResult<number | undefined> {
  if (plan.kind === 'community') return { success: true, data: undefined };

  const live = sessionsForSchool(sessions, plan.sourceOfferingId, schoolId);
  const wanted = plan.sourceSession ?? 1;
  const session = live[wanted - 1];
  if (session !== undefined) {
    return { success: true, data: toEpochDay(session.localDate) };
  }
  const count = live.length === 1 ? '1 session' : `${live.length} sessions`;
  return {
    success: false,
    issues: [
      {
        code: 'no_source_session',
        path: ['cascades', planIndex, 'sourceSession'],
        message: `offering "${plan.sourceOfferingId}" has ${count} for school "${schoolId}", so session ${wanted} cannot train the leaders of cascade "${plan.id}"`,
      },
    ],
  };
}

/**
 * A community's meeting times at one school: its offering's live
 * sessions.
 *
 * @internal
 */
export function offeringMeetings(
  sessions: readonly Session[],
  offeringId: string,
  schoolId: string,
): Meeting[] {
  return sessionsForSchool(sessions, offeringId, schoolId).map((s) => ({
    day: toEpochDay(s.localDate),
    time: s.localStart,
    durationMinutes: s.durationMinutes,
  }));
}
