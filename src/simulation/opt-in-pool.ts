import type { RandomStream } from '../random/stream.js';
import type { CompiledOffering } from './compiled.js';

/**
 * The eligible staff of one opt-in offering, grouped so that everyone in
 * a group asks for a seat with the same chance: by adopter segment, and by
 * whether they are still behind on the sessions-per-term rule. Within a
 * group the askers are found by geometric jumps, so a session costs about
 * one draw per educator who asks, not one per eligible educator.
 *
 * Layout of `order`: a block per segment, each block's members behind on
 * the rule first, then those who have met it.
 *
 * @internal
 */
export class OptInPool {
  private readonly order: Int32Array;
  /** Per educator: their place in `order`, or -1 when not eligible. */
  private readonly place: Int32Array;
  /** Per segment: where its block starts in `order`, then the end. */
  private readonly blockStart: Int32Array;
  /** Per segment: where its members who have met the rule start. */
  private readonly metStart: Int32Array;

  constructor(
    private readonly offering: CompiledOffering,
    educators: number,
    segments: number,
  ) {
    this.order = new Int32Array(offering.eligible.length);
    this.place = new Int32Array(educators).fill(-1);
    this.blockStart = new Int32Array(segments + 1);
    this.metStart = new Int32Array(segments);
  }

  /**
   * Sorts the eligible staff into blocks for a replication's segments;
   * `behind` says whether everyone starts behind on a rule.
   */
  start(segment: Int8Array, behind: boolean): void {
    const { order, place, blockStart } = this;
    const { eligible } = this.offering;
    const segments = blockStart.length - 1;
    blockStart.fill(0);

    // A counting sort: sizes, then starts, then places.
    for (let k = 0; k < eligible.length; k += 1) {
      const s = segment[eligible[k] ?? 0] ?? 0;
      blockStart[s + 1] = (blockStart[s + 1] ?? 0) + 1;
    }
    for (let s = 0; s < segments; s += 1) {
      blockStart[s + 1] = (blockStart[s + 1] ?? 0) + (blockStart[s] ?? 0);
    }
    const fill = blockStart.slice(0, segments);
    for (let k = 0; k < eligible.length; k += 1) {
      const i = eligible[k] ?? 0;
      const s = segment[i] ?? 0;
      const at = fill[s] ?? 0;
      order[at] = i;
      place[i] = at;
      fill[s] = at + 1;
    }
    this.newTerm(behind);
  }

  /** A new term: everyone is behind on the rule again, if there is one. */
  newTerm(behind: boolean): void {
    const { metStart, blockStart } = this;
    for (let s = 0; s < metStart.length; s += 1) {
      metStart[s] = (behind ? blockStart[s + 1] : blockStart[s]) ?? 0;
    }
  }

  /**
   * Educator i, of segment s, has met the rule this term: they move to
   * the met part of their block.
   */
  markMet(i: number, s: number): void {
    const at = this.place[i] ?? -1;
    const last = (this.metStart[s] ?? 0) - 1;
    if (at < 0 || at > last) return;

    const moved = this.order[last] ?? 0;
    this.order[at] = moved;
    this.place[moved] = at;
    this.order[last] = i;
    this.place[i] = last;
    this.metStart[s] = last;
  }

  /**
   * Writes into `out` the educators who ask for a seat at a session, each
   * with `behindChance[segment]` or `metChance[segment]`; returns how many.
   */
  ask(
    behindChance: Float64Array,
    metChance: Float64Array,
    stream: RandomStream,
    out: Int32Array,
  ): number {
    const { blockStart, metStart } = this;
    let count = 0;
    for (let s = 0; s < metStart.length; s += 1) {
      const met = metStart[s] ?? 0;
      const start = blockStart[s] ?? 0;
      const end = blockStart[s + 1] ?? 0;
      count = this.pick(start, met, behindChance[s] ?? 0, stream, out, count);
      count = this.pick(met, end, metChance[s] ?? 0, stream, out, count);
    }
    return count;
  }

  // Successes among order[from…to) in trials of `chance`, by geometric
  // jumps between them.
  private pick(
    from: number,
    to: number,
    chance: number,
    stream: RandomStream,
    out: Int32Array,
    count: number,
  ): number {
    if (from >= to || !(chance > 0)) return count;
    const { order } = this;
    let found = count;
    if (chance >= 1) {
      for (let k = from; k < to; k += 1) out[found++] = order[k] ?? 0;
      return found;
    }

    const scale = 1 / Math.log1p(-chance);
    let at = from - 1;
    for (;;) {
      at += 1 + Math.floor(Math.log(1 - stream.next()) * scale);
      if (at >= to) return found;
      out[found++] = order[at] ?? 0;
    }
  }
}
