import type { RandomStream } from '../random/stream.js';
import type { CompiledScenario } from './compiled.js';
import type { MicroLearningRun } from './micro-learning.js';
import type { OptInPool } from './opt-in-pool.js';
import { addAt } from './typed.js';
import type { World } from './world.js';

/** Cost counters, in minutes. @internal */
export const COST = { facilitator: 0, release: 1, seat: 2 } as const;

/**
 * What one replication carries besides the world: its streams, the
 * cohorts and members drawn at its start, scratch space and costs.
 *
 * @internal
 */
export interface ReplicationContext {
  readonly compiled: CompiledScenario;
  readonly world: World;
  /** One stream per offering, keyed by the offering's id. */
  readonly offeringStreams: readonly RandomStream[];
  readonly podStream: RandomStream;
  readonly peerStream: RandomStream;
  /** Seminar cohorts: who holds a seat in each series (else undefined). */
  readonly cohorts: readonly (Int32Array | undefined)[];
  /** Community members (1) per educator, for communities without pods. */
  readonly members: readonly (Uint8Array | undefined)[];
  /** Async course progress per educator slot of the offering's eligible list. */
  readonly progress: readonly (Uint16Array | undefined)[];
  /**
   * Opt-in offerings' staff grouped by chance (else undefined, and when
   * role overrides make chances individual).
   */
  readonly optInPools: readonly (OptInPool | undefined)[];
  /** Per segment: the chance to ask for a seat, behind and not behind. */
  readonly behindChance: Float64Array;
  readonly metChance: Float64Array;
  /** Micro-learning offerings' weekly completions (else undefined). */
  readonly microLearning: readonly (MicroLearningRun | undefined)[];
  /** Async course status: 0 not enrolled, 1 active, 2 dropped, 3 done. */
  readonly status: readonly (Uint8Array | undefined)[];
  /** Per pod: 1 when its leader runs it in this replication. */
  readonly podActive: Uint8Array;
  readonly scratch: Int32Array;
  readonly schoolSeats: Int32Array;
  readonly costs: Float64Array;
  /** Minutes of participation per educator in the current term and year. */
  readonly termMinutes: Float64Array;
  readonly yearMinutes: Float64Array;
}

/**
 * Whether an educator attends a session on a weekday with a given chance.
 *
 * @internal
 */
export function attends(
  ctx: ReplicationContext,
  i: number,
  weekday: number,
  chance: number,
  stream: RandomStream,
): boolean {
  const { roster } = ctx.compiled;
  if (((roster.availability[i] ?? 0) & (1 << weekday)) === 0) return false;
  return stream.next() < chance * (roster.presence[i] ?? 1);
}

/**
 * Records that educator i took part in something of `minutes`.
 *
 * @internal
 */
export function recordParticipation(
  ctx: ReplicationContext,
  i: number,
  minutes: number,
  session: boolean,
): void {
  addAt(ctx.termMinutes, i, minutes);
  addAt(ctx.yearMinutes, i, minutes);
  if (!session) return;

  const sessions = (ctx.world.sessionsThisTerm[i] ?? 0) + 1;
  ctx.world.sessionsThisTerm[i] = sessions;
  if (sessions !== ctx.compiled.sessionsPerTermTarget) return;
  const segment = ctx.world.segment[i] ?? 0;
  for (const pool of ctx.optInPools) pool?.markMet(i, segment);
}
