import type { AdopterSegment, Role } from '../model/educator.js';
import type { Channel } from '../requirements/participation.js';

/**
 * What a result's numbers mean: names of the groups, the checkpoints and
 * the days. Two results merge only when their layouts are equal.
 *
 * Each day the engine records one vector of shares: the headline metrics
 * (reached, effective, per channel, per segment, per role), then per school
 * and per department. Checkpoints add equity, compliance and cost.
 *
 * @example
 * ```ts
 * result.layout.dates[0]; // '2027-04-06'
 * ```
 */
export interface SimulationLayout {
  /** The scenario's name. */
  readonly scenario: string;
  /**
   * Eight hex digits that change with anything in the scenario the
   * simulation reads (its roster, catalogue, calendar, rules, cascades and
   * behaviour): results merge only when they ran the same scenario.
   */
  readonly fingerprint: string;
  /** The seed every replication's streams derive from. */
  readonly seed: number;
  /** Educators in the district. */
  readonly educators: number;
  /** The simulated days: school days and any other day with a session. */
  readonly dates: readonly string[];
  /** Channels in metric order. */
  readonly channels: readonly Channel[];
  /** Segments in metric order. */
  readonly segments: readonly AdopterSegment[];
  /** Roles in metric order. */
  readonly roles: readonly Role[];
  /** School ids in metric order. */
  readonly schools: readonly string[];
  /** Department ids in metric order. */
  readonly departments: readonly string[];
  /** Requirement ids evaluated at checkpoints. */
  readonly requirements: readonly string[];
  /** Checkpoints: the end of each term in the horizon, then its end. */
  readonly checkpoints: readonly CheckpointInfo[];
  /** Histogram bins per day for the headline metrics. */
  readonly bins: number;
  /** Minutes in one school day, to turn release minutes into days. */
  readonly schoolDayMinutes: number;
}

/**
 * One point where full per-replication figures are kept.
 *
 * @example
 * ```ts
 * const end: CheckpointInfo = { label: '2027-t1', termId: '2027-t1', date: '2027-07-20', day: 71 };
 * ```
 */
export interface CheckpointInfo {
  /** The term id, or `end` for the horizon's last day. */
  readonly label: string;
  /** The term this checkpoint closes; missing for the horizon's end. */
  readonly termId?: string;
  /** The last simulated day on or before the checkpoint. */
  readonly date: string;
  /** Index of that day in `dates`. */
  readonly day: number;
}

/** Positions of the metrics inside the daily vector. @internal */
export interface MetricIndex {
  readonly headline: number;
  readonly total: number;
  readonly channelFirst: number;
  readonly channelAny: number;
  readonly segmentReached: number;
  readonly segmentEffective: number;
  readonly roleReached: number;
  readonly roleEffective: number;
  readonly schoolReached: number;
  readonly schoolEffective: number;
  readonly departmentReached: number;
  readonly departmentEffective: number;
  /** Checkpoint extras after the daily vector. */
  readonly lowestSchool: number;
  readonly schoolSpread: number;
  readonly compliance: number;
  readonly facilitatorMinutes: number;
  readonly substituteMinutes: number;
  readonly seatMinutes: number;
  readonly checkpointWidth: number;
}

/** Lays the metrics out for a layout. @internal */
export function metricIndex(layout: SimulationLayout): MetricIndex {
  const c = layout.channels.length;
  const g = layout.segments.length;
  const r = layout.roles.length;
  const s = layout.schools.length;
  const d = layout.departments.length;

  const channelFirst = 2;
  const channelAny = channelFirst + c;
  const segmentReached = channelAny + c;
  const segmentEffective = segmentReached + g;
  const roleReached = segmentEffective + g;
  const roleEffective = roleReached + r;
  const headline = roleEffective + r;
  const schoolEffective = headline + s;
  const departmentReached = schoolEffective + s;
  const departmentEffective = departmentReached + d;
  const total = departmentEffective + d;
  const compliance = total + 2;
  const facilitatorMinutes = compliance + layout.requirements.length;

  return {
    headline,
    total,
    channelFirst,
    channelAny,
    segmentReached,
    segmentEffective,
    roleReached,
    roleEffective,
    schoolReached: headline,
    schoolEffective,
    departmentReached,
    departmentEffective,
    lowestSchool: total,
    schoolSpread: total + 1,
    compliance,
    facilitatorMinutes,
    substituteMinutes: facilitatorMinutes + 1,
    seatMinutes: facilitatorMinutes + 2,
    checkpointWidth: facilitatorMinutes + 3,
  };
}

/**
 * Shares are stored as integers in units of 2^-24, so sums over any split
 * of the replications are exact and merging is bit-identical.
 *
 * @internal
 */
export const SHARE_SCALE = 16_777_216;
