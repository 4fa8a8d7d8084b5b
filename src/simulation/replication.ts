import { ROGERS_SHARES } from '../model/educator.js';
import { createStream, hashKey } from '../random/stream.js';
import { AsyncCourseRun } from './async-course.js';
import { CHANNEL } from './channels.js';
import { drawCohort, drawDelegateStanding, drawMembers } from './cohort.js';
import type { CompiledScenario } from './compiled.js';
import type { ComplianceCheck } from './compliance.js';
import type { ReplicationContext } from './context.js';
import { COST } from './context.js';
import type { MetricIndex } from './layout.js';
import { metricIndex } from './layout.js';
import { MicroLearningRun } from './micro-learning.js';
import { activateLeaders, runPodMeetings } from './pods-channel.js';
import { groupBlocks, measureDay, measureEquity } from './record.js';
import { runSelfPacedWeek } from './self-paced.js';
import { SessionQuota } from './session-quota.js';
import { runSessions } from './sessions-channel.js';
import type { Accumulator } from './state.js';
import { spreadWordOfMouth } from './word-of-mouth.js';
import { World } from './world.js';

/**
 * Runs replications of one compiled scenario into an accumulator. The
 * typed arrays are allocated once and reset for each replication.
 *
 * @internal
 */
export class ReplicationRunner {
  private readonly world: World;
  private readonly index: MetricIndex;
  private readonly shares: Int32Array;
  private readonly segment: Int8Array;
  private readonly blocks: Int32Array;
  /** 1 for every first leader of a cascade fed by a seminar. */
  private readonly firstLeaders: Uint8Array;
  private readonly ctxBase: Omit<
    ReplicationContext,
    'peerStream' | 'keys' | 'cohorts' | 'members'
  >;

  constructor(
    private readonly compiled: CompiledScenario,
    private readonly compliance: ComplianceCheck,
  ) {
    const n = compiled.roster.size;
    this.world = new World(compiled);
    this.index = metricIndex(compiled.layout);
    this.shares = new Int32Array(this.index.total);
    this.segment = new Int8Array(n);
    this.blocks = groupBlocks(this.world, compiled, this.index);
    this.firstLeaders = new Uint8Array(n);
    for (const leaders of compiled.firstLeaders) {
      for (const i of leaders ?? []) this.firstLeaders[i] = 1;
    }
    this.ctxBase = {
      compiled,
      world: this.world,
      quota: new SessionQuota(compiled.sessionRules, n),
      microLearning: compiled.offerings.map((o) =>
        o.channel === CHANNEL.microLearning
          ? new MicroLearningRun(
              o,
              compiled.days,
              compiled.behaviour.moduleCompletionPerWeek,
            )
          : undefined,
      ),
      courses: compiled.offerings.map((o) =>
        o.channel === CHANNEL.asyncCourse
          ? new AsyncCourseRun(o, compiled.days)
          : undefined,
      ),
      podActive: new Uint8Array(compiled.pods.count),
      scratch: new Int32Array(n),
      schoolSeats: new Int32Array(compiled.layout.schools.length),
      costs: new Float64Array(3),
      // Minutes are counted only for an hours rule to read.
      termMinutes: new Float64Array(compiled.countsMinutes ? n : 0),
      yearMinutes: new Float64Array(compiled.countsMinutes ? n : 0),
    };
  }

  /**
   * Runs replication `replication`, adds it to `acc` and returns its
   * checkpoint row.
   */
  run(
    seed: number,
    replication: number,
    acc: Accumulator,
    keep: boolean,
  ): Float64Array {
    const { compiled, world, index } = this;
    const ctx = this.prepare(seed, replication);
    const { days } = compiled;
    const row = new Float64Array(
      index.checkpointWidth * compiled.layout.checkpoints.length,
    );
    let checkpoint = 0;

    for (let d = 0; d < days.count; d += 1) {
      this.startPeriods(ctx, d);
      world.beginDay(days.epochDay[d] ?? 0);
      runSessions(ctx, d);
      runPodMeetings(ctx, d);
      if (days.weekStart[d] === 1) runSelfPacedWeek(ctx, d);
      if (compiled.behaviour.wordOfMouth.enabled) {
        spreadWordOfMouth(world, compiled, d, ctx.peerStream, ctx.scratch);
      }

      measureDay(
        world,
        compiled,
        index,
        days.epochDay[d] ?? 0,
        this.shares,
        this.blocks,
      );
      acc.recordDay(d, this.shares);
      while (days.checkpointDay[checkpoint] === d) {
        this.writeCheckpoint(ctx, row, checkpoint, d);
        checkpoint += 1;
      }
    }

    acc.addCheckpoints(row);
    acc.recordReached(world.reached);
    if (keep) acc.trajectories.push(this.trajectory(replication));
    return row;
  }

  private prepare(seed: number, replication: number): ReplicationContext {
    const { compiled, world } = this;
    const { roster, offerings } = compiled;
    drawSegments(
      roster.segment,
      this.segment,
      createStream(seed, replication, 'segments'),
    );
    world.reset(this.segment, compiled.days.epochDay[0] ?? 0);
    this.ctxBase.costs.fill(0);
    this.ctxBase.termMinutes.fill(0);
    this.ctxBase.yearMinutes.fill(0);

    const standing = offerings.some((o) => o.channel === CHANNEL.seminar)
      ? drawDelegateStanding(
          compiled.roster.size,
          createStream(seed, replication, 'delegates'),
        )
      : new Float64Array(0);

    const ctx: ReplicationContext = {
      ...this.ctxBase,
      peerStream: createStream(seed, replication, 'word-of-mouth'),
      keys: {
        asks: hashKey([seed, replication, 'asks']),
        seats: hashKey([seed, replication, 'seats']),
        attendance: hashKey([seed, replication, 'attendance']),
        activation: hashKey([seed, replication, 'leader-activation']),
        podAttendance: hashKey([seed, replication, 'pod-attendance']),
        offerings: Uint32Array.from(offerings, (o) =>
          hashKey([seed, replication, 'offering', o.id]),
        ),
      },
      cohorts: offerings.map((o, k) => {
        if (o.channel !== CHANNEL.seminar) return undefined;
        const leaders = compiled.firstLeaders[k];
        if (leaders !== undefined) return leaders;
        const stream = createStream(seed, replication, 'cohort', o.id);
        return drawCohort(
          compiled,
          o,
          world.segment,
          standing,
          this.firstLeaders,
          stream,
        );
      }),
      members: offerings.map((o) =>
        o.channel === CHANNEL.community && !o.ledByPods
          ? drawMembers(
              compiled,
              o.eligible,
              world.segment,
              createStream(seed, replication, 'members', o.id),
            )
          : undefined,
      ),
    };
    activateLeaders(ctx);
    ctx.keys.offerings.forEach((key, o) => {
      ctx.microLearning[o]?.start(ctx, key);
      ctx.courses[o]?.start(key);
    });
    return ctx;
  }

  // A new term clears the per-term counts; a new year the per-year ones.
  private startPeriods(ctx: ReplicationContext, d: number): void {
    const { days } = this.compiled;
    if (days.yearStart[d] === 1) ctx.yearMinutes.fill(0);
    const term = days.term[d] ?? -1;
    if (d > 0 && term === (days.term[d - 1] ?? -1)) return;
    ctx.quota.startTerm();
    ctx.termMinutes.fill(0);
    this.world.rebase(days.epochDay[d] ?? 0);
  }

  private writeCheckpoint(
    ctx: ReplicationContext,
    row: Float64Array,
    checkpoint: number,
    d: number,
  ): void {
    const { index, shares, world, compiled } = this;
    const at = checkpoint * index.checkpointWidth;
    row.set(shares, at);
    const [low, spread] = measureEquity(
      shares,
      index,
      world,
      compiled.layout.schools.length,
    );
    row[at + index.lowestSchool] = low;
    row[at + index.schoolSpread] = spread;
    this.compliance(ctx, row, at + index.compliance, d);
    row[at + index.facilitatorMinutes] = ctx.costs[COST.facilitator] ?? 0;
    row[at + index.substituteMinutes] = ctx.costs[COST.release] ?? 0;
    row[at + index.seatMinutes] = ctx.costs[COST.seat] ?? 0;
  }

  private trajectory(replication: number) {
    const { world, compiled } = this;
    const last = compiled.days.epochDay[compiled.days.count - 1] ?? 0;
    const fidelity: number[] = [];
    for (let i = 0; i < compiled.roster.size; i += 1) {
      fidelity.push(world.fidelityOn(i, last));
    }
    return {
      replication,
      firstDay: Array.from(world.firstDay),
      firstChannel: Array.from(world.firstChannel),
      fidelity,
    };
  }
}

/**
 * Copies known segments and draws the missing ones at Rogers' shares.
 *
 * @internal
 */
export function drawSegments(
  known: Int8Array,
  out: Int8Array,
  stream: { next(): number },
): void {
  for (let i = 0; i < known.length; i += 1) {
    const given = known[i] ?? -1;
    if (given >= 0) {
      out[i] = given;
      continue;
    }
    let u = stream.next();
    let s = 0;
    while (s < ROGERS_SHARES.length - 1 && u >= (ROGERS_SHARES[s] ?? 0)) {
      u -= ROGERS_SHARES[s] ?? 0;
      s += 1;
    }
    out[i] = s;
  }
}
