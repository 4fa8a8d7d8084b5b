import { mix32 } from '../random/hash.js';
import { keyedUniform } from '../random/stream.js';
import type { CompiledDays, CompiledOffering } from './compiled.js';
import type { ReplicationContext } from './context.js';
import { rateOf } from './resolve-rate.js';

// A course's draws per educator: enrolling when it opens, then each week
// dropping out or else finishing a module.
const ENROL = 1;
const WEEKLY = 2;
const DROP = 3;
const PROGRESS = 4;

/**
 * One asynchronous course over a replication: on its first week each
 * eligible educator enrols with `asyncEnrol`; each later week every
 * enrolled educator drops out with `asyncDropPerWeek` or else finishes a
 * module with `asyncProgressPerWeek`, until all modules are done. Only
 * those still enrolled are visited, so a week costs the active learners.
 * Draws are keyed by the course, the week and the educator.
 *
 * @internal
 */
export class AsyncCourseRun {
  private readonly firstWeek: number;
  private readonly active: Int32Array;
  private readonly done: Uint16Array;
  private count = 0;
  private key = 0;

  constructor(
    private readonly offering: CompiledOffering,
    days: CompiledDays,
  ) {
    let first = -1;
    for (let d = offering.openDay; d <= offering.closeDay; d += 1) {
      if (days.weekStart[d] === 1) {
        first = d;
        break;
      }
    }
    this.firstWeek = first;
    this.active = new Int32Array(offering.eligible.length);
    this.done = new Uint16Array(offering.eligible.length);
  }

  /** A new replication: nobody enrolled yet. */
  start(key: number): void {
    this.count = 0;
    this.done.fill(0);
    this.key = key;
  }

  /**
   * Runs one week of the course on `day`, calling `complete` for each
   * module finished.
   */
  runWeek(
    ctx: ReplicationContext,
    day: number,
    complete: (educator: number) => void,
  ): void {
    const { behaviour, days } = ctx.compiled;
    const { eligible, modules } = this.offering;
    const { segment } = ctx.world;
    if (day === this.firstWeek) this.enrol(ctx);

    const week = mix32(mix32(this.key, WEEKLY), days.epochDay[day] ?? 0);
    const drop = mix32(week, DROP);
    const advance = mix32(week, PROGRESS);
    const { active, done } = this;
    let kept = 0;
    for (let a = 0; a < this.count; a += 1) {
      const k = active[a] ?? 0;
      const i = eligible[k] ?? 0;
      const s = segment[i] ?? 0;
      if (keyedUniform(drop, i) < rateOf(behaviour.asyncDropPerWeek, i, s)) {
        continue;
      }
      active[kept++] = k;
      const chance = rateOf(behaviour.asyncProgressPerWeek, i, s);
      if (!(keyedUniform(advance, i) < chance)) continue;

      const finished = (done[k] ?? 0) + 1;
      done[k] = finished;
      complete(i);
      if (finished >= modules) kept -= 1;
    }
    this.count = kept;
  }

  private enrol(ctx: ReplicationContext): void {
    const { eligible } = this.offering;
    const { segment } = ctx.world;
    const rate = ctx.compiled.behaviour.asyncEnrol;
    const enrol = mix32(this.key, ENROL);
    let count = 0;
    for (let k = 0; k < eligible.length; k += 1) {
      const i = eligible[k] ?? 0;
      const chance = rateOf(rate, i, segment[i] ?? 0);
      if (keyedUniform(enrol, i) < chance) this.active[count++] = k;
    }
    this.count = count;
  }
}
