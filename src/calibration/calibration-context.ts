import type { Educator } from '../model/educator.js';
import { isEligible } from '../model/eligible.js';
import type { Offering } from '../model/offering.js';
import type { Scenario } from '../model/scenario.js';
import type { School } from '../model/school.js';
import type { CalibratedParameter } from './calibration-types.js';

/**
 * Chances and chances taken per educator, for one parameter.
 *
 * @internal
 */
export interface Tally {
  readonly trials: Float64Array;
  readonly successes: Float64Array;
}

/**
 * The roster and catalogue indexed for counting, and a tally per
 * parameter.
 *
 * @internal
 */
export interface CalibrationContext {
  readonly scenario: Scenario;
  readonly educators: readonly Educator[];
  readonly educatorIndex: ReadonlyMap<string, number>;
  readonly offerings: ReadonlyMap<string, Offering>;
  readonly tallies: Record<CalibratedParameter, Tally>;
  /** Eligible educator indices per offering, computed on first use. */
  readonly eligibleFor: (offering: Offering) => readonly number[];
  /**
   * The eligible educators of one school, or all of them when `schoolId`
   * is missing: a school-based session concerns its own staff only.
   */
  readonly eligibleAt: (
    offering: Offering,
    schoolId: string | undefined,
  ) => readonly number[];
}

function newTally(size: number): Tally {
  return {
    trials: new Float64Array(size),
    successes: new Float64Array(size),
  };
}

/**
 * Indexes a scenario for calibration.
 *
 * @internal
 */
export function createContext(scenario: Scenario): CalibrationContext {
  const { educators, schools } = scenario.district;
  const size = educators.length;
  const schoolById = new Map<string, School>(schools.map((s) => [s.id, s]));
  const cache = new Map<string, readonly number[]>();

  const eligibleFor = (offering: Offering): readonly number[] => {
    const known = cache.get(offering.id);
    if (known) return known;
    const list: number[] = [];
    educators.forEach((educator, i) => {
      const school = schoolById.get(educator.schoolId);
      if (school && isEligible(educator, school, offering.eligibility)) {
        list.push(i);
      }
    });
    cache.set(offering.id, list);
    return list;
  };

  const bySchool = new Map<string, Map<string, number[]>>();
  const eligibleAt = (offering: Offering, schoolId: string | undefined) => {
    if (schoolId === undefined) return eligibleFor(offering);
    let index = bySchool.get(offering.id);
    if (!index) {
      index = new Map();
      for (const i of eligibleFor(offering)) {
        const school = educators[i]?.schoolId ?? '';
        const list = index.get(school) ?? [];
        list.push(i);
        index.set(school, list);
      }
      bySchool.set(offering.id, index);
    }
    return index.get(schoolId) ?? [];
  };

  return {
    scenario,
    educators,
    educatorIndex: new Map(educators.map((e, i) => [e.id, i])),
    offerings: new Map(scenario.catalogue.offerings.map((o) => [o.id, o])),
    tallies: {
      optIn: newTally(size),
      attendIfBooked: newTally(size),
      moduleCompletionPerWeek: newTally(size),
      asyncEnrol: newTally(size),
      asyncProgressPerWeek: newTally(size),
      asyncDropPerWeek: newTally(size),
    },
    eligibleFor,
    eligibleAt,
  };
}
