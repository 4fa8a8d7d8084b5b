import { mix32 } from '../random/hash.js';
import { keyedUniform } from '../random/stream.js';
import type { CompiledDays, CompiledOffering } from './compiled.js';
import type { ReplicationContext } from './context.js';
import type { ResolvedRate } from './resolve-rate.js';
import { rateOf } from './resolve-rate.js';

const NEVER = -1;

/**
 * One micro-learning offering over a replication. Each week an educator
 * with a released module still to do completes it with their weekly
 * chance p; module m opens m × `releaseEveryWeeks` calendar weeks after
 * the first (all at once when that is 0).
 *
 * Rather than draw for everyone every week, the week of each completion is
 * drawn once: from the first week a module waits for them, the weeks until
 * an educator completes it are geometric with chance p, so the educator
 * waits in that week's bucket. A week costs the completions it holds, not
 * the eligible staff, with the same distribution as a draw a week. The
 * draw is keyed by the offering, the module and the educator: a plan with
 * a higher chance completes each module no later, draw for draw.
 *
 * @internal
 */
export class MicroLearningRun {
  /** Day index of each week's first school day while the content is open. */
  private readonly weekDay: Int32Array;
  /** Per module: the index into `weekDay` of the week it is released. */
  private readonly releaseWeek: Int32Array;
  /** Per week: the first educator slot due then, or NEVER. */
  private readonly due: Int32Array;
  /** Per educator slot: the next slot due the same week, or NEVER. */
  private readonly nextDue: Int32Array;
  private readonly done: Uint16Array;
  private week = 0;
  private key = 0;
  private readonly logMiss: Float64Array;

  constructor(
    private readonly offering: CompiledOffering,
    days: CompiledDays,
    rate: ResolvedRate,
  ) {
    const weeks: number[] = [];
    for (let d = offering.openDay; d <= offering.closeDay; d += 1) {
      if (days.weekStart[d] === 1) weeks.push(d);
    }
    this.weekDay = Int32Array.from(weeks);
    this.releaseWeek = releaseWeeks(offering, days, this.weekDay);
    this.due = new Int32Array(weeks.length);
    this.nextDue = new Int32Array(offering.eligible.length);
    this.done = new Uint16Array(offering.eligible.length);
    this.logMiss = rate.bySegment.map((p) => Math.log1p(-p));
  }

  /** Draws each educator's first completion for a replication. */
  start(ctx: ReplicationContext, key: number): void {
    this.due.fill(NEVER);
    this.done.fill(0);
    this.week = 0;
    this.key = key;
    for (let k = 0; k < this.offering.eligible.length; k += 1) {
      this.schedule(ctx, k, 0);
    }
  }

  /**
   * Runs the completions due on `day` when it starts one of the
   * offering's weeks, calling `complete` with each educator.
   */
  runWeek(
    ctx: ReplicationContext,
    day: number,
    complete: (educator: number) => void,
  ): void {
    const { weekDay, due, nextDue, done, offering } = this;
    while (this.week < weekDay.length && (weekDay[this.week] ?? 0) < day) {
      this.week += 1;
    }
    const week = this.week;
    if (weekDay[week] !== day) return;

    let k = due[week] ?? NEVER;
    due[week] = NEVER;
    while (k !== NEVER) {
      const following = nextDue[k] ?? NEVER;
      done[k] = (done[k] ?? 0) + 1;
      complete(offering.eligible[k] ?? 0);
      this.schedule(ctx, k, week + 1);
      k = following;
    }
  }

  // The next module waits from its release or from `earliest`, whichever
  // is later; its completion comes a geometric number of weeks after.
  private schedule(ctx: ReplicationContext, k: number, earliest: number) {
    const module = this.done[k] ?? 0;
    if (module >= this.offering.modules) return;
    const released = this.releaseWeek[module] ?? NEVER;
    if (released === NEVER) return;
    const i = this.offering.eligible[k] ?? 0;
    const rate = ctx.compiled.behaviour.moduleCompletionPerWeek;
    const segment = ctx.world.segment[i] ?? 0;
    const chance = rateOf(rate, i, segment);
    if (!(chance > 0)) return;

    // log(1 − p) by segment, worked out once, unless a role sets p.
    const own = rate.roleOverride !== undefined;
    const logMiss = own ? Math.log1p(-chance) : (this.logMiss[segment] ?? 0);
    // Failures before the first success, by inversion of one uniform draw:
    // fewer for a larger chance with the same draw.
    const u = keyedUniform(mix32(this.key, module), i);
    const wait = chance >= 1 ? 0 : Math.floor(Math.log1p(-u) / logMiss);
    const week = Math.max(earliest, released) + wait;
    if (week >= this.due.length) return;
    this.nextDue[k] = this.due[week] ?? NEVER;
    this.due[week] = k;
  }
}

// The week of each module's release: the first of the offering's weeks at
// least m × releaseEveryWeeks calendar weeks after the content opened.
function releaseWeeks(
  offering: CompiledOffering,
  days: CompiledDays,
  weekDay: Int32Array,
): Int32Array {
  const out = new Int32Array(offering.modules).fill(NEVER);
  const opened = days.epochDay[offering.openDay] ?? 0;
  let w = 0;
  for (let m = 0; m < offering.modules; m += 1) {
    const gap = m * offering.releaseEveryWeeks;
    while (w < weekDay.length) {
      const day = days.epochDay[weekDay[w] ?? 0] ?? 0;
      if (Math.floor((day - opened) / 7) >= gap) break;
      w += 1;
    }
    if (w < weekDay.length) out[m] = w;
  }
  return out;
}
