import type { RandomStream } from '../random/stream.js';
import type { CompiledDays, CompiledOffering } from './compiled.js';
import type { ReplicationContext } from './context.js';
import type { ResolvedRate } from './resolve-rate.js';
import { rateOf } from './resolve-rate.js';

const NEVER = -1;

/**
 * One micro-learning offering over a replication. Each week an educator
 * with a released module still to do completes it with their weekly
 * chance r; module k opens k × `releaseEveryWeeks` calendar weeks after
 * the first.
 *
 * Rather than draw for every educator every week, each educator's next
 * completion week is drawn once: from the first week a module is waiting
 * for them, the weeks until they complete it are geometric with chance r
 * (the weekly trials are independent), and they wait in a bucket for that
 * week. A week then costs the completions it holds, not the eligible
 * staff, and the outcome has the same distribution as a weekly draw.
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
  private readonly progress: Uint16Array;
  private week = 0;

  constructor(
    private readonly offering: CompiledOffering,
    days: CompiledDays,
  ) {
    const weeks: number[] = [];
    for (let d = offering.openDay; d <= offering.closeDay; d += 1) {
      if (days.weekStart[d] === 1) weeks.push(d);
    }
    this.weekDay = Int32Array.from(weeks);
    this.releaseWeek = releaseWeeks(offering, days, this.weekDay);
    this.due = new Int32Array(weeks.length);
    this.nextDue = new Int32Array(offering.eligible.length);
    this.progress = new Uint16Array(offering.eligible.length);
  }

  /** Draws each educator's first completion week for a new replication. */
  start(ctx: ReplicationContext, stream: RandomStream): void {
    this.due.fill(NEVER);
    this.progress.fill(0);
    this.week = 0;
    const rate = ctx.compiled.behaviour.moduleCompletionPerWeek;
    for (let k = 0; k < this.offering.eligible.length; k += 1) {
      this.schedule(ctx, rate, k, 0, stream);
    }
  }

  /**
   * Runs the completions due on `day`, when it is one of the offering's
   * weeks, and calls `complete` for each.
   */
  runWeek(
    ctx: ReplicationContext,
    day: number,
    stream: RandomStream,
    complete: (educator: number) => void,
  ): void {
    const { weekDay, due, nextDue, progress, offering } = this;
    while (this.week < weekDay.length && (weekDay[this.week] ?? 0) < day) {
      this.week += 1;
    }
    const week = this.week;
    if (weekDay[week] !== day) return;
    const rate = ctx.compiled.behaviour.moduleCompletionPerWeek;

    let k = due[week] ?? NEVER;
    due[week] = NEVER;
    while (k !== NEVER) {
      const following = nextDue[k] ?? NEVER;
      progress[k] = (progress[k] ?? 0) + 1;
      complete(offering.eligible[k] ?? 0);
      this.schedule(ctx, rate, k, week + 1, stream);
      k = following;
    }
  }

  // The next module waits from its release or from `earliest`, whichever
  // is later; the completion comes a geometric number of weeks after.
  private schedule(
    ctx: ReplicationContext,
    rate: ResolvedRate,
    k: number,
    earliest: number,
    stream: RandomStream,
  ): void {
    const done = this.progress[k] ?? 0;
    if (done >= this.offering.modules) return;
    const i = this.offering.eligible[k] ?? 0;
    const chance = rateOf(rate, i, ctx.world.segment[i] ?? 0);
    if (!(chance > 0)) return;

    const released = this.releaseWeek[done] ?? NEVER;
    if (released === NEVER) return;
    const week =
      Math.max(earliest, released) + failuresBeforeSuccess(chance, stream);
    if (week >= this.due.length) return;
    this.nextDue[k] = this.due[week] ?? NEVER;
    this.due[week] = k;
  }
}

// Failures before the first success in trials of chance p: geometric,
// found by inversion from one uniform draw.
function failuresBeforeSuccess(p: number, stream: RandomStream): number {
  if (p >= 1) return 0;
  const u = 1 - stream.next();
  return Math.floor(Math.log(u) / Math.log1p(-p));
}

// Module k opens when k × releaseEveryWeeks calendar weeks have passed
// since the content opened (all at once when releaseEveryWeeks is 0); the
// week of its release is the first of the offering's weeks from then on.
function releaseWeeks(
  offering: CompiledOffering,
  days: CompiledDays,
  weekDay: Int32Array,
): Int32Array {
  const out = new Int32Array(offering.modules).fill(NEVER);
  const opened = days.epochDay[offering.openDay] ?? 0;
  for (let m = 0; m < offering.modules; m += 1) {
    const gap = m * offering.releaseEveryWeeks;
    for (let w = 0; w < weekDay.length; w += 1) {
      const day = days.epochDay[weekDay[w] ?? 0] ?? 0;
      if (Math.floor((day - opened) / 7) >= gap) {
        out[m] = w;
        break;
      }
    }
  }
  return out;
}
