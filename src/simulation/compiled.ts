import type { SimulationLayout } from './layout.js';
import type { ResolvedBehaviour } from './resolve-behaviour.js';
import type { CompiledSessionRule } from './session-quota.js';

/**
 * The roster in typed arrays, one slot per educator in roster order.
 *
 * @internal
 */
export interface CompiledRoster {
  readonly size: number;
  readonly school: Int32Array;
  readonly roleBits: Uint16Array;
  /** Segment index, or -1 where the roster has none (drawn per replication). */
  readonly segment: Int8Array;
  /** Weekday bits, Monday = bit 0; all set when availability is missing. */
  readonly availability: Uint8Array;
  /** Chance of being at work on a given day: fte when no weekdays given. */
  readonly presence: Float64Array;
  /** Department indices of educator i: `departments[departmentStart[i]…]`. */
  readonly departmentStart: Int32Array;
  readonly departments: Int32Array;
  /** Word-of-mouth group of each educator (school, or school × department). */
  readonly peerGroup: Int32Array;
  readonly peerGroups: number;
}

/**
 * The simulated days in typed arrays.
 *
 * @internal
 */
export interface CompiledDays {
  readonly count: number;
  readonly epochDay: Int32Array;
  /** Monday = 0 … Sunday = 6. */
  readonly weekday: Uint8Array;
  /** 1 on school days (word of mouth and self-paced work happen). */
  readonly schoolDay: Uint8Array;
  /** 1 on the first school day of each calendar week. */
  readonly weekStart: Uint8Array;
  /** The Bass step: 1 / school days in that academic year, 0 off school. */
  readonly bassStep: Float64Array;
  /** 1 on the first simulated day of each academic year. */
  readonly yearStart: Uint8Array;
  /** Index of the day's term in the horizon, or -1 between terms. */
  readonly term: Int16Array;
  /** Per term index: share of the term gone on each day, 0…1. */
  readonly termElapsed: Float64Array;
  /** For each checkpoint, the day index it closes. */
  readonly checkpointDay: Int32Array;
}

/**
 * One offering's eligible educators, sorted by school so a school-based
 * session reads one slice.
 *
 * @internal
 */
export interface CompiledOffering {
  readonly id: string;
  /** Channel index (see CHANNELS). */
  readonly channel: number;
  readonly format: string;
  readonly eligible: Int32Array;
  /** `eligible[schoolStart[s] … schoolStart[s + 1])` are at school s. */
  readonly schoolStart: Int32Array;
  readonly capacity: number;
  readonly seatsPerSchool: number;
  readonly durationMinutes: number;
  /** Members per community group, for facilitator hours. */
  readonly groupSize: number;
  /** Self-paced: modules, and weeks between releases (0: all at once). */
  readonly modules: number;
  readonly releaseEveryWeeks: number;
  /** Self-paced: first and last day index the content is open. */
  readonly openDay: number;
  readonly closeDay: number;
  /** True when a cascade community plan runs this offering's meetings. */
  readonly ledByPods: boolean;
}

/**
 * Dated sessions, ordered by day; `dayStart[d] … dayStart[d + 1]` are the
 * sessions of day d.
 *
 * @internal
 */
export interface CompiledSessions {
  readonly count: number;
  readonly dayStart: Int32Array;
  readonly offering: Int32Array;
  /** A hash of the session's id: its draws are keyed by it. */
  readonly key: Int32Array;
  /** School index for school-based sessions, else -1. */
  readonly school: Int32Array;
  readonly capacity: Float64Array;
  readonly seatsPerSchool: Float64Array;
  readonly durationMinutes: Int32Array;
  /** Minutes of the session inside school hours (release time). */
  readonly releaseMinutes: Int32Array;
  readonly facilitators: Int32Array;
}

/**
 * Cascade and community pods: a leader, members, and meeting days.
 *
 * @internal
 */
export interface CompiledPods {
  readonly count: number;
  readonly leader: Int32Array;
  /** Hashes of the pod's id and of its plan's id: draws are keyed by them. */
  readonly key: Int32Array;
  readonly planKey: Int32Array;
  /** The catalogue offering the pod's meetings count as. */
  readonly offering: Int32Array;
  /** Depth below the source (1 for the first pods). */
  readonly level: Int32Array;
  /** Channel index the pod's meetings count as. */
  readonly channel: Int32Array;
  readonly fidelityKept: Float64Array;
  /** Per pod, overriding activation and attendance; NaN to use behaviour. */
  readonly activation: Float64Array;
  readonly attendance: Float64Array;
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** Meetings ordered by day: `meetingStart[d] … meetingStart[d + 1]`. */
  readonly meetingStart: Int32Array;
  readonly meetingPod: Int32Array;
  readonly meetingMinutes: Int32Array;
  readonly meetingReleaseMinutes: Int32Array;
}

/**
 * A scenario compiled once for a horizon: everything the replications read.
 *
 * @internal
 */
export interface CompiledScenario {
  readonly layout: SimulationLayout;
  readonly roster: CompiledRoster;
  readonly days: CompiledDays;
  readonly offerings: readonly CompiledOffering[];
  readonly sessions: CompiledSessions;
  readonly pods: CompiledPods;
  /** Per offering: the cascade's first leaders, who hold its seats. */
  readonly firstLeaders: readonly (Int32Array | undefined)[];
  readonly behaviour: ResolvedBehaviour;
  /** The sessions-per-term rules, which the deadline boost follows. */
  readonly sessionRules: readonly CompiledSessionRule[];
  /** Whether a followed rule counts hours, so minutes must be kept. */
  readonly countsMinutes: boolean;
}
