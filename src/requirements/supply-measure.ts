import { toEpochDay } from '../calendar/local-date.js';
import type { EvaluationContext, SessionFacts } from './context.js';
import { canAttend } from './context.js';
import { hundredths } from './rule-run.js';
import type { SchoolSupply } from './supply-types.js';
import type { DayPeriod } from './verdict.js';

/** An educator's need in a period, in the row's unit. @internal */
export interface Demand {
  readonly i: number;
  readonly target: number;
}

/** Demand against supply, district-wide and per school. @internal */
export interface Measured {
  readonly educators: number;
  readonly seatsNeeded: number;
  readonly seatsOffered: number;
  readonly unreachable: number;
  /** The most any one educator in scope could take, every seat free. */
  readonly mostReachable: number;
  readonly schools: SchoolSupply[];
}

interface Profile {
  readonly rep: number;
  readonly members: Demand[];
  /** What the profile's educators could take with every seat free. */
  reachable: number;
}

/**
 * Counts the seats a set of sessions offers to the educators who need
 * them. Educators are grouped by attendance profile, so each session is
 * checked once per profile rather than once per educator.
 *
 * @internal
 */
export function measureSupply(
  context: EvaluationContext,
  demands: readonly Demand[],
  sessions: readonly SessionFacts[],
  amountOf: (session: SessionFacts) => number,
): Measured {
  const bySchool = new Map<string, Profile[]>();
  const profiles = new Map<number, Profile>();
  for (const demand of demands) {
    const id = context.profile[demand.i] as number;
    let profile = profiles.get(id);
    if (profile === undefined) {
      profile = { rep: demand.i, members: [], reachable: 0 };
      profiles.set(id, profile);
      const school = context.educators[demand.i]?.schoolId as string;
      const list = bySchool.get(school) ?? [];
      list.push(profile);
      bySchool.set(school, list);
    }
    profile.members.push(demand);
  }

  const offered = new Map<string, number>();
  let seatsOffered = 0;
  for (const session of sessions) {
    const amount = amountOf(session);
    const schools =
      session.schoolId === undefined
        ? [...bySchool.keys()]
        : [session.schoolId];
    let usable = 0;
    for (const schoolId of schools) {
      let free = 0;
      for (const profile of bySchool.get(schoolId) ?? []) {
        if (!canAttend(context, profile.rep, session)) continue;
        free += profile.members.length;
        profile.reachable += amount;
      }
      const seats = Math.min(session.seatsPerSchool, session.capacity, free);
      offered.set(schoolId, (offered.get(schoolId) ?? 0) + seats * amount);
      usable += Math.min(session.seatsPerSchool, free);
    }
    seatsOffered += Math.min(session.capacity, usable) * amount;
  }

  const schools: SchoolSupply[] = [];
  for (const [schoolId, list] of [...bySchool].sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    let educators = 0;
    let needed = 0;
    let unreachable = 0;
    for (const profile of list) {
      for (const member of profile.members) {
        educators++;
        needed += member.target;
        if (profile.reachable < member.target) unreachable++;
      }
    }
    // Credit hours add up in fractions; whole units are unchanged.
    const seats = hundredths(offered.get(schoolId) ?? 0);
    schools.push({
      schoolId,
      educators,
      seatsNeeded: hundredths(needed),
      seatsOffered: seats,
      shortfall: hundredths(Math.max(0, needed - seats)),
      unreachable,
    });
  }
  let mostReachable = 0;
  for (const profile of profiles.values()) {
    mostReachable = Math.max(mostReachable, profile.reachable);
  }
  return {
    educators: demands.length,
    mostReachable,
    seatsNeeded: schools.reduce((sum, s) => sum + s.seatsNeeded, 0),
    seatsOffered,
    unreachable: schools.reduce((sum, s) => sum + s.unreachable, 0),
    schools,
  };
}

/** Whether a counting self-paced offering is open in the period. @internal */
export function selfPacedOpen(
  context: EvaluationContext,
  mask: Uint8Array,
  period: DayPeriod,
): boolean {
  return context.offerings.some((offering, o) => {
    if (mask[o] !== 1 || 'schedule' in offering) return false;
    const from = offering.availableFrom
      ? toEpochDay(offering.availableFrom)
      : -Infinity;
    const until = offering.availableUntil
      ? toEpochDay(offering.availableUntil)
      : Infinity;
    return from <= period.last && until >= period.first;
  });
}
