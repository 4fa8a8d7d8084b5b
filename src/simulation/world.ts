import type { CompiledScenario } from './compiled.js';
import { SHARE_SCALE } from './layout.js';
import { addAt } from './typed.js';

/**
 * One replication's state over typed arrays: who is reached, how well,
 * since when, and the running counts per group. No per-educator objects.
 *
 * Groups: 0 = everyone, then segments, roles, schools, departments.
 * Effective reach decays continuously, so each educator keeps a weight
 * `w = fidelity · e^{λ(last − base)}` and each group the sum of its
 * members' weights; fidelity on day t is `w · e^{−λ(t − base)}`. The
 * factor is worked out once a day ({@link World.beginDay}), so a day costs
 * O(groups) and an exposure a few multiplications, never O(educators).
 *
 * @internal
 */
export class World {
  readonly reached: Uint8Array;
  /** Per educator: fidelity × e^{λ(last exposure − base)}. */
  readonly weight: Float64Array;
  readonly firstDay: Int32Array;
  readonly firstChannel: Int8Array;
  readonly channelsSeen: Uint16Array;
  readonly segment: Int8Array;
  readonly groupSize: Int32Array;
  readonly groupReached: Int32Array;
  readonly groupWeight: Float64Array;
  /** 2^24 / group size (0 for an empty group), fixed within a replication. */
  readonly groupScale: Float64Array;
  readonly channelFirst: Int32Array;
  readonly channelAny: Int32Array;
  /** Unreached educators per peer group, for word of mouth. */
  readonly peerOrder: Int32Array;
  readonly peerPosition: Int32Array;
  readonly peerStart: Int32Array;
  readonly peerUnreached: Int32Array;
  base = 0;
  /** The current calendar day, and e^{∓λ(today − base)}. */
  today = 0;
  private decay = 1;
  private growth = 1;
  readonly lambda: number;
  private readonly compiled: CompiledScenario;
  readonly roleGroup: number;
  readonly schoolGroup: number;
  readonly departmentGroup: number;

  constructor(compiled: CompiledScenario) {
    this.compiled = compiled;
    const { roster, layout } = compiled;
    const n = roster.size;
    this.reached = new Uint8Array(n);
    this.weight = new Float64Array(n);
    this.firstDay = new Int32Array(n);
    this.firstChannel = new Int8Array(n);
    this.channelsSeen = new Uint16Array(n);
    this.segment = new Int8Array(n);

    this.roleGroup = 1 + layout.segments.length;
    this.schoolGroup = this.roleGroup + layout.roles.length;
    this.departmentGroup = this.schoolGroup + layout.schools.length;
    const groups = this.departmentGroup + layout.departments.length;
    this.groupSize = new Int32Array(groups);
    this.groupReached = new Int32Array(groups);
    this.groupWeight = new Float64Array(groups);
    this.groupScale = new Float64Array(groups);
    this.channelFirst = new Int32Array(layout.channels.length);
    this.channelAny = new Int32Array(layout.channels.length);

    this.peerOrder = new Int32Array(n);
    this.peerPosition = new Int32Array(n);
    this.peerStart = new Int32Array(roster.peerGroups + 1);
    this.peerUnreached = new Int32Array(roster.peerGroups);
    for (let i = 0; i < n; i += 1) {
      addAt(this.peerStart, (roster.peerGroup[i] ?? 0) + 1, 1);
    }
    for (let g = 0; g < roster.peerGroups; g += 1) {
      addAt(this.peerStart, g + 1, this.peerStart[g] ?? 0);
    }
    this.lambda = Math.LN2 / compiled.behaviour.halfLifeDays;
  }

  /** Clears the state and sets this replication's segments. */
  reset(segment: Int8Array, startEpochDay: number): void {
    this.reached.fill(0);
    this.weight.fill(0);
    this.firstDay.fill(-1);
    this.firstChannel.fill(-1);
    this.channelsSeen.fill(0);
    this.segment.set(segment);
    this.groupSize.fill(0);
    this.groupReached.fill(0);
    this.groupWeight.fill(0);
    this.channelFirst.fill(0);
    this.channelAny.fill(0);
    this.base = startEpochDay;
    this.beginDay(startEpochDay);

    const n = this.reached.length;
    for (let i = 0; i < n; i += 1) this.addToGroups(this.groupSize, i, 1);
    for (let g = 0; g < this.groupSize.length; g += 1) {
      const size = this.groupSize[g] ?? 0;
      this.groupScale[g] = size > 0 ? SHARE_SCALE / size : 0;
    }
    this.resetPeers();
  }

  private resetPeers(): void {
    const { peerGroup, peerGroups } = this.compiled.roster;
    const fill = this.peerStart.slice(0, peerGroups);
    for (let i = 0; i < peerGroup.length; i += 1) {
      const g = peerGroup[i] ?? 0;
      const at = fill[g] ?? 0;
      this.peerOrder[at] = i;
      this.peerPosition[i] = at;
      fill[g] = at + 1;
    }
    for (let g = 0; g < peerGroups; g += 1) {
      this.peerUnreached[g] =
        (this.peerStart[g + 1] ?? 0) - (this.peerStart[g] ?? 0);
    }
  }

  /**
   * Sets the calendar day that exposures and {@link World.fidelityOn}
   * refer to, working out the day's decay factor once. Moves the base
   * forward first when the factor would leave a safe range.
   */
  beginDay(epochDay: number): void {
    // Keep e^{λ(t − base)} finite even with a very short half-life.
    if (this.lambda * (epochDay - this.base) > 600) this.rebase(epochDay);
    this.today = epochDay;
    this.decay = Math.exp(-this.lambda * (epochDay - this.base));
    this.growth = Math.exp(this.lambda * (epochDay - this.base));
  }

  /** Fidelity of educator i on a calendar day, after forgetting. */
  fidelityOn(i: number, epochDay: number): number {
    const weight = this.weight[i] ?? 0;
    if (epochDay === this.today) return weight * this.decay;
    return weight * Math.exp(-this.lambda * (epochDay - this.base));
  }

  /**
   * An exposure on the current day: fidelity combines as
   * `1 − (1 − current)(1 − source)`, so repetition raises it towards 1 and
   * never past it.
   */
  expose(
    i: number,
    day: number,
    epochDay: number,
    channel: number,
    source: number,
  ): void {
    if (epochDay !== this.today) this.beginDay(epochDay);
    const oldWeight = this.weight[i] ?? 0;
    const next = 1 - (1 - oldWeight * this.decay) * (1 - source);
    const newWeight = next * this.growth;
    this.weight[i] = newWeight;

    const bit = 1 << channel;
    const seen = this.channelsSeen[i] ?? 0;
    if ((seen & bit) === 0) {
      this.channelsSeen[i] = seen | bit;
      addAt(this.channelAny, channel, 1);
    }

    if (this.reached[i] === 1) {
      this.addWeight(i, newWeight - oldWeight);
      return;
    }
    this.reached[i] = 1;
    this.firstDay[i] = day;
    this.firstChannel[i] = channel;
    addAt(this.channelFirst, channel, 1);
    this.addReached(i, newWeight);
    this.removePeer(i);
  }

  private removePeer(i: number): void {
    const g = this.compiled.roster.peerGroup[i] ?? 0;
    const start = this.peerStart[g] ?? 0;
    const last = start + (this.peerUnreached[g] ?? 0) - 1;
    const at = this.peerPosition[i] ?? 0;
    const moved = this.peerOrder[last] ?? 0;
    this.peerOrder[at] = moved;
    this.peerPosition[moved] = at;
    this.peerOrder[last] = i;
    this.peerPosition[i] = last;
    this.peerUnreached[g] = last - start;
  }

  private addWeight(i: number, delta: number): void {
    this.addToGroups(this.groupWeight, i, delta);
  }

  private addReached(i: number, weight: number): void {
    this.addToGroups(this.groupWeight, i, weight);
    this.addToGroups(this.groupReached, i, 1);
  }

  // Adds to each group of educator i: everyone, their segment, each role,
  // their school and each department. Read from the roster each time, so
  // the world holds no per-educator list of groups.
  private addToGroups(
    values: Float64Array | Int32Array,
    i: number,
    by: number,
  ): void {
    const { roster } = this.compiled;
    addAt(values, 0, by);
    addAt(values, 1 + (this.segment[i] ?? 0), by);
    let bits = roster.roleBits[i] ?? 0;
    for (let r = this.roleGroup; bits !== 0; r += 1, bits >>>= 1) {
      if ((bits & 1) !== 0) addAt(values, r, by);
    }
    addAt(values, this.schoolGroup + (roster.school[i] ?? 0), by);
    const end = roster.departmentStart[i + 1] ?? 0;
    for (let k = roster.departmentStart[i] ?? 0; k < end; k += 1) {
      addAt(values, this.departmentGroup + (roster.departments[k] ?? 0), by);
    }
  }

  /**
   * Moves the decay base forward so the weights stay in range; called at
   * the start of each term, so its O(educators) cost comes a few times a
   * year.
   */
  rebase(epochDay: number): void {
    const factor = Math.exp(-this.lambda * (epochDay - this.base));
    scale(this.groupWeight, factor);
    scale(this.weight, factor);
    this.base = epochDay;
    this.today = epochDay;
    this.decay = 1;
    this.growth = 1;
  }

  /** The factor turning group weights into fidelity on a calendar day. */
  decayOn(epochDay: number): number {
    if (epochDay === this.today) return this.decay;
    return Math.exp(-this.lambda * (epochDay - this.base));
  }

  /** Effective (fidelity-weighted) reach of a group on a calendar day. */
  effective(group: number, epochDay: number): number {
    const weight = this.groupWeight[group] ?? 0;
    const value = weight * Math.exp(-this.lambda * (epochDay - this.base));
    return Math.max(value, 0);
  }
}

function scale(values: Float64Array, factor: number): void {
  for (let k = 0; k < values.length; k += 1) {
    values[k] = (values[k] ?? 0) * factor;
  }
}
