import type { Booking } from '../schedule/booking.js';
import type { Conflict } from '../schedule/conflicts.js';
import type { Session } from '../schedule/session.js';
import type { UnplacedReason } from './form-pods.js';

/**
 * A pod: a small group at one school led by a trained leader.
 *
 * @example
 * ```ts
 * const pod: Pod = {
 *   id: 'design-cascade/s01/L1-1', cascadeId: 'design-cascade', level: 1,
 *   levelId: 'pods', schoolId: 's01', leaderId: 'e014',
 *   memberIds: ['e006', 'e012', 'e003', 'e017', 'e011'], fidelity: 0.75,
 *   sessionIds: ['design-cascade/s01/L1-1@2027-06-18T16:00/s01'],
 * };
 * ```
 */
export interface Pod {
  /** Unique within the plan result: cascade, school, level and number. */
  readonly id: string;
  /** The cascade or community plan. */
  readonly cascadeId: string;
  /** 1 for pods led by the first leaders, 2 for the next, … */
  readonly level: number;
  /** The id of the level in the plan (the last one for repeats). */
  readonly levelId: string;
  /** The school where the pod meets. */
  readonly schoolId: string;
  /** The educator who leads it. */
  readonly leaderId: string;
  /** The educators it reaches, not counting the leader. */
  readonly memberIds: readonly string[];
  /** The department every member shares, when there is one. */
  readonly department?: string;
  /** Share of the source content that reaches its members. */
  readonly fidelity: number;
  /** Its sessions, in date order. */
  readonly sessionIds: readonly string[];
}

/**
 * A leader: a first leader picked for the source (or the community), or a
 * trained educator who leads at least one pod.
 *
 * @example
 * ```ts
 * const leader: CascadeLeader = {
 *   educatorId: 'e014', schoolId: 's01', level: 0,
 *   trainedOn: '2027-06-17', podIds: ['design-cascade/s01/L1-1'],
 * };
 * ```
 */
export interface CascadeLeader {
  /** The educator. */
  readonly educatorId: string;
  /** Their school. */
  readonly schoolId: string;
  /** The level that trained them: 0 for the source's attendees. */
  readonly level: number;
  /** The day of their own training; missing when it has no date. */
  readonly trainedOn?: string;
  /** The pods they lead. */
  readonly podIds: readonly string[];
}

/**
 * An educator the plan leaves without a pod, with the reason.
 *
 * @example
 * ```ts
 * const left: UnplacedEducator = {
 *   educatorId: 'e090', schoolId: 's05', level: 2,
 *   reason: 'below-minimum-pod',
 * };
 * ```
 */
export interface UnplacedEducator {
  /** The educator. */
  readonly educatorId: string;
  /** Their school. */
  readonly schoolId: string;
  /** The deepest level that tried to place them. */
  readonly level: number;
  /** Why no pod took them. */
  readonly reason: UnplacedReason;
}

/**
 * A pod that got fewer sessions than planned, but at least one: its
 * leader's window held too few allowed session days. A pod that got none
 * is not formed; its members are listed as unplaced (`no-session-day`).
 *
 * @example
 * ```ts
 * const short: UnscheduledPod = {
 *   podId: 'design-cascade/s01/L2-4', wanted: 2, scheduled: 1,
 *   message: 'pod "design-cascade/s01/L2-4" has 1 of 2 sessions: …',
 * };
 * ```
 */
export interface UnscheduledPod {
  /** The pod. */
  readonly podId: string;
  /** Sessions it should have. */
  readonly wanted: number;
  /** Sessions it got. */
  readonly scheduled: number;
  /** A sentence saying what is missing and why. */
  readonly message: string;
}

/**
 * One level of a planned cascade in numbers.
 *
 * @example
 * ```ts
 * const level: PlannedLevel = {
 *   level: 1, levelId: 'pods', leaders: 63, pods: 63, reached: 359,
 *   fidelity: 0.75, sessions: 63, leaderHours: 47.25,
 * };
 * ```
 */
export interface PlannedLevel {
  /** 0 for the first leaders, 1 for the pods they lead, … */
  readonly level: number;
  /** The level's id; `source` (or the community's id) for level 0. */
  readonly levelId: string;
  /** Educators leading at least one pod at this level (0 at level 0). */
  readonly leaders: number;
  /** Pods at this level. */
  readonly pods: number;
  /** Educators reached at this level. */
  readonly reached: number;
  /** Share of the content kept at this level. */
  readonly fidelity: number;
  /** Pod sessions dated at this level. */
  readonly sessions: number;
  /** Hours leaders spend running those sessions. */
  readonly leaderHours: number;
}

/**
 * The plan for one cascade or community.
 *
 * @example
 * ```ts
 * const planned = planCascade(scenario).cascades[0];
 * // the example city, two levels of pods of six
 * planned?.levels.map((l) => l.reached); // [63, 359, 88]
 * ```
 */
export interface PlannedCascade {
  /** The plan's id. */
  readonly cascadeId: string;
  /** `cascade` or `community`. */
  readonly kind: 'cascade' | 'community';
  /** Level 0 (the first leaders) first. */
  readonly levels: readonly PlannedLevel[];
  /** First leaders and everyone leading a pod. */
  readonly leaders: readonly CascadeLeader[];
  /** Every pod, school by school, level by level. */
  readonly pods: readonly Pod[];
  /** Educators of covered schools left without a pod. */
  readonly unplaced: readonly UnplacedEducator[];
  /** Pods short of sessions. */
  readonly unscheduled: readonly UnscheduledPod[];
}

/**
 * What {@link planCascade} returns: a plan per cascade, every pod session
 * as a {@link Session}, the members' bookings and the conflicts among
 * those sessions.
 *
 * @example
 * ```ts
 * const { cascades, sessions, conflicts } = planCascade(scenario, { seed: 7 });
 * ```
 */
export interface CascadePlanResult {
  /** One entry per plan, in scenario order. */
  readonly cascades: readonly PlannedCascade[];
  /** Every pod session, in date order. */
  readonly sessions: readonly Session[];
  /** A booking for each pod member in each of the pod's sessions. */
  readonly bookings: readonly Booking[];
  /**
   * Conflicts that involve a pod session, found by `findConflicts`: with
   * another pod, or with a source session a first leader attends.
   */
  readonly conflicts: readonly Conflict[];
}
