import type { AdopterSegment, Role } from '../model/educator.js';
import type { Session } from '../schedule/session.js';

/**
 * The behaviour parameters calibration estimates, named as in a
 * scenario's `behaviour`:
 *
 * - `optIn`: chance of attending one open opt-in session;
 * - `attendIfBooked`: chance of attending one department PD session of
 *   one's own department;
 * - `moduleCompletionPerWeek`: chance of finishing the next micro-learning
 *   module in a week it is open;
 * - `asyncEnrol`: chance of starting an asynchronous course one may take;
 * - `asyncProgressPerWeek` and `asyncDropPerWeek`: weekly chances of
 *   finishing one more course module, and of giving the course up.
 *
 * @example
 * ```ts
 * CALIBRATED_PARAMETERS[0]; // 'optIn'
 * ```
 */
export const CALIBRATED_PARAMETERS = [
  'optIn',
  'attendIfBooked',
  'moduleCompletionPerWeek',
  'asyncEnrol',
  'asyncProgressPerWeek',
  'asyncDropPerWeek',
] as const;

/** One of {@link CALIBRATED_PARAMETERS}. */
export type CalibratedParameter = (typeof CALIBRATED_PARAMETERS)[number];

/**
 * The educators an estimate is about: everyone, one adopter segment (from
 * the roster), or one role.
 *
 * @example
 * ```ts
 * const group: EstimateGroup = { kind: 'role', role: 'ict-leader' };
 * ```
 */
export type EstimateGroup =
  | {
      /** Every educator of the district. */
      readonly kind: 'all';
    }
  | {
      /** The educators of one adopter segment. */
      readonly kind: 'segment';
      /** The segment, from the roster. */
      readonly segment: AdopterSegment;
    }
  | {
      /** The educators holding one role. */
      readonly kind: 'role';
      /** The role. */
      readonly role: Role;
    };

/**
 * One estimated rate with its interval, or the reason it was not
 * estimated.
 *
 * @example
 * ```ts
 * const estimate: RateEstimate = {
 *   parameter: 'optIn', group: { kind: 'segment', segment: 'laggard' },
 *   educators: 81, trials: 2430, successes: 49, status: 'estimated',
 *   estimate: 0.0202, low: 0.0158, high: 0.0257,
 * };
 * ```
 */
export interface RateEstimate {
  /** Which behaviour parameter. */
  readonly parameter: CalibratedParameter;
  /** Which educators. */
  readonly group: EstimateGroup;
  /** Educators of the group with at least one trial. */
  readonly educators: number;
  /** Chances observed: sessions offered, weeks open, courses open. */
  readonly trials: number;
  /** Chances taken. */
  readonly successes: number;
  /** `too-few-records` when the group had fewer educators than needed. */
  readonly status: 'estimated' | 'too-few-records';
  /** successes / trials; missing when too few records. */
  readonly estimate?: number;
  /** Lower bound of the interval; missing when too few records. */
  readonly low?: number;
  /** Upper bound of the interval; missing when too few records. */
  readonly high?: number;
  /** Why it was not estimated, for people. */
  readonly reason?: string;
}

/**
 * A rate by segment and by role, in the shape of a scenario's behaviour
 * rates: only the groups that were estimated are present, so the others
 * keep the library's defaults.
 *
 * @example
 * ```ts
 * const rate: CalibratedRate = { bySegment: { laggard: 0.02 } };
 * ```
 */
export interface CalibratedRate {
  /** Per adopter segment. */
  readonly bySegment?: Partial<Record<AdopterSegment, number>>;
  /** Per role; an educator's highest role rate wins over the segment. */
  readonly byRole?: Partial<Record<Role, number>>;
}

/**
 * Calibrated behaviour, ready to spread into `scenario.behaviour`.
 *
 * @example
 * ```ts
 * const behaviour: CalibratedBehaviour = { optIn: { bySegment: { laggard: 0.02 } } };
 * ```
 */
export type CalibratedBehaviour = Partial<
  Record<CalibratedParameter, CalibratedRate>
>;

/**
 * Options of {@link calibrateBehaviour}.
 *
 * @example
 * ```ts
 * const options: CalibrateOptions = { minEducators: 30, confidence: 0.95 };
 * ```
 */
export interface CalibrateOptions {
  /** Fewest educators with a trial for a group to be estimated; 20. */
  readonly minEducators?: number;
  /** Interval coverage; 0.9. */
  readonly confidence?: number;
  /**
   * Roles whose estimates go into `byRole`. All but `teacher` by
   * default: nearly everyone teaches, and a teacher rate would override
   * every segment rate.
   */
  readonly feedbackRoles?: readonly Role[];
  /**
   * The sessions held last year; `expandSessions(scenario)` when missing.
   * Pass them when some were cancelled or moved after planning.
   */
  readonly sessions?: readonly Session[];
}

/**
 * Records that could not be used, by reason.
 *
 * @example
 * ```ts
 * const ignored: IgnoredRecords = { unknownEducator: 3, unknownOffering: 0, unknownSession: 1 };
 * ```
 */
export interface IgnoredRecords {
  /** The educator is not on the roster (staff who left). */
  readonly unknownEducator: number;
  /** The offering is not in the catalogue. */
  readonly unknownOffering: number;
  /** A session record whose session is not among the sessions held. */
  readonly unknownSession: number;
}

/**
 * The result of {@link calibrateBehaviour}.
 *
 * @example
 * ```ts
 * const { behaviour, estimates } = calibrateBehaviour(scenario, records);
 * const next = { ...scenario, behaviour: { ...scenario.behaviour, ...behaviour } };
 * ```
 */
export interface BehaviourCalibration {
  /** Every estimate, for every parameter and group, estimated or not. */
  readonly estimates: readonly RateEstimate[];
  /** The estimated rates, in the shape of `scenario.behaviour`. */
  readonly behaviour: CalibratedBehaviour;
  /**
   * Opt-in, department PD, micro-learning and course offerings of the
   * catalogue with no record of a known educator. They inform no
   * estimate, so their parameters keep the default: a records export
   * that misses an offering would otherwise read as nobody taking part.
   */
  readonly offeringsWithoutRecords: readonly string[];
  /** Records left out, and why. */
  readonly ignored: IgnoredRecords;
}
