import type { RandomStream } from '../random/stream.js';
import type { AsyncCourseRun } from './async-course.js';
import type { CompiledScenario } from './compiled.js';
import type { MicroLearningRun } from './micro-learning.js';
import type { SessionQuota } from './session-quota.js';
import { addAt } from './typed.js';
import type { World } from './world.js';

/** Cost counters, in minutes. @internal */
export const COST = { facilitator: 0, release: 1, seat: 2 } as const;

/**
 * The 32-bit keys of one replication's keyed draws, one per purpose. A
 * session's or pod meeting's draws are keyed further by its own id, and
 * attendance by the educator, so a draw belongs to one educator at one
 * session whatever else a plan holds: adding an offering or a cascade
 * moves no other draw, and plans compared on common random numbers stay
 * paired draw by draw.
 *
 * @internal
 */
export interface DrawKeys {
  /** Opt-in asks, per session and educator. */
  readonly asks: number;
  /** The order in which seats go when they are fewer than candidates. */
  readonly seats: number;
  /** Attending a session one holds a seat in, per session and educator. */
  readonly attendance: number;
  /** A leader running their pods, per plan and leader. */
  readonly activation: number;
  /** Attending a pod meeting, per pod, meeting day and member. */
  readonly podAttendance: number;
  /**
   * Per offering: self-paced work, per week and educator (and purpose, for
   * a course's enrolment, progress and dropping out).
   */
  readonly offerings: Uint32Array;
}

/**
 * What one replication carries besides the world: its streams and keys,
 * the cohorts and members drawn at its start, scratch space and costs.
 *
 * @internal
 */
export interface ReplicationContext {
  readonly compiled: CompiledScenario;
  readonly world: World;
  readonly peerStream: RandomStream;
  readonly keys: DrawKeys;
  /** Progress on the sessions-per-term rules this term. */
  readonly quota: SessionQuota;
  /** Seminar cohorts: who holds a seat in each series (else undefined). */
  readonly cohorts: readonly (Int32Array | undefined)[];
  /** Community members (1) per educator, for communities without pods. */
  readonly members: readonly (Uint8Array | undefined)[];
  /** Micro-learning offerings' completions (else undefined). */
  readonly microLearning: readonly (MicroLearningRun | undefined)[];
  /** Asynchronous courses' learners (else undefined). */
  readonly courses: readonly (AsyncCourseRun | undefined)[];
  /** Per pod: 1 when its leader runs it in this replication. */
  readonly podActive: Uint8Array;
  readonly scratch: Int32Array;
  readonly schoolSeats: Int32Array;
  readonly costs: Float64Array;
  /**
   * Minutes of participation per educator in the current term and year;
   * empty when no rule counts hours.
   */
  readonly termMinutes: Float64Array;
  readonly yearMinutes: Float64Array;
}

/**
 * Whether educator i works on a weekday (Monday = 0).
 *
 * @internal
 */
export function worksOn(
  ctx: ReplicationContext,
  i: number,
  weekday: number,
): boolean {
  return ((ctx.compiled.roster.availability[i] ?? 0) & (1 << weekday)) !== 0;
}

/**
 * Whether an educator attends a session on a weekday with a given chance,
 * from their own uniform draw `u`.
 *
 * @internal
 */
export function attends(
  ctx: ReplicationContext,
  i: number,
  weekday: number,
  chance: number,
  u: number,
): boolean {
  if (!worksOn(ctx, i, weekday)) return false;
  return u < chance * (ctx.compiled.roster.presence[i] ?? 1);
}

/**
 * What `recordParticipation` is told in place of an offering for
 * self-paced work, which counts towards no sessions-per-term rule.
 *
 * @internal
 */
export const SELF_PACED = -1;

/**
 * Records that educator i took part in something of `minutes`: a session
 * or pod meeting of catalogue offering `offering` (any other negative
 * number for a meeting of no catalogue offering), or self-paced work.
 *
 * @internal
 */
export function recordParticipation(
  ctx: ReplicationContext,
  i: number,
  minutes: number,
  offering: number,
): void {
  if (ctx.compiled.countsMinutes) {
    addAt(ctx.termMinutes, i, minutes);
    addAt(ctx.yearMinutes, i, minutes);
  }
  if (offering !== SELF_PACED) ctx.quota.record(i, offering);
}
