import type { CheckpointSketch } from './checkpoint-sketch.js';
import { rowLimit, SketchBuilder, sketchShape } from './checkpoint-sketch.js';
import type { SimulationLayout } from './layout.js';
import { metricIndex, SHARE_SCALE } from './layout.js';
import { addAt } from './typed.js';

/**
 * One replication's per-educator outcome, kept only when `trajectories` is
 * asked for.
 *
 * @example
 * ```ts
 * const t: Trajectory = { replication: 0, firstDay: [3, -1], firstChannel: [0, -1], fidelity: [0.8, 0] };
 * ```
 */
export interface Trajectory {
  /** The replication number. */
  readonly replication: number;
  /** Per educator: index into `layout.dates` of the first exposure, or -1. */
  readonly firstDay: readonly number[];
  /** Per educator: index into `layout.channels` of the first exposure, or -1. */
  readonly firstChannel: readonly number[];
  /** Per educator: fidelity on the horizon's last day. */
  readonly fidelity: readonly number[];
}

/**
 * The mergeable core of a result: integer sums and counts only, so that
 * merging any split of the replications gives exactly the same numbers.
 *
 * @example
 * ```ts
 * result.state.replicationRanges; // [[0, 100]]
 * ```
 */
export interface SimulationState {
  /** Disjoint, sorted `[start, end)` ranges of the replications held. */
  readonly replicationRanges: readonly (readonly [number, number])[];
  /** Per day and metric (day-major): the sum over replications of the share × 2^24. */
  readonly dailySums: readonly number[];
  /** Per headline metric, bin and day: how many replications fell there. */
  readonly dailyHistogram: readonly number[];
  /**
   * Per headline metric and day: the lowest share × 2^24 in any
   * replication. Keeps daily percentiles inside what was observed.
   */
  readonly dailyLowest: readonly number[];
  /** Per headline metric and day: the highest share × 2^24. */
  readonly dailyHighest: readonly number[];
  /**
   * Per replication (in order): every checkpoint's figures, while they fit
   * in a fixed budget of numbers; empty once `checkpointSketch` holds them.
   */
  readonly checkpoints: readonly (readonly number[])[];
  /** The checkpoint figures summed and binned, past the row budget. */
  readonly checkpointSketch?: CheckpointSketch;
  /** Per educator: in how many replications they were reached. */
  readonly educatorReached: readonly number[];
  /** Per replication, when asked for. */
  readonly trajectories?: readonly Trajectory[];
}

/**
 * The engine's accumulator over typed arrays.
 *
 * @internal
 */
export class Accumulator {
  readonly dailySums: Float64Array;
  readonly dailyHistogram: Uint32Array;
  readonly dailyLowest: Int32Array;
  readonly dailyHighest: Int32Array;
  readonly checkpoints: Float64Array[] = [];
  private sketch: SketchBuilder | undefined;
  readonly educatorReached: Uint32Array;
  readonly trajectories: Trajectory[] = [];
  private readonly days: number;
  private readonly bins: number;
  private readonly headline: number;
  private readonly total: number;
  private readonly limit: number;

  constructor(private readonly layout: SimulationLayout) {
    const index = metricIndex(layout);
    this.limit = rowLimit(layout, index);
    this.days = layout.dates.length;
    this.bins = layout.bins;
    this.headline = index.headline;
    this.total = index.total;
    this.dailySums = new Float64Array(index.total * this.days);
    this.dailyHistogram = new Uint32Array(
      index.headline * this.days * this.bins,
    );
    this.dailyLowest = new Int32Array(index.headline * this.days).fill(
      SHARE_SCALE,
    );
    this.dailyHighest = new Int32Array(index.headline * this.days);
    this.educatorReached = new Uint32Array(layout.educators);
  }

  /** Adds one day's shares (already scaled to integers). */
  recordDay(day: number, shares: Int32Array): void {
    const { bins, days, headline, total, dailySums, dailyHistogram } = this;
    const { dailyLowest, dailyHighest } = this;
    const toBin = bins / SHARE_SCALE;
    const sumsAt = day * total;
    for (let k = 0; k < total; k += 1) {
      const value = shares[k] ?? 0;
      dailySums[sumsAt + k] = (dailySums[sumsAt + k] ?? 0) + value;
      if (k >= headline) continue;

      // Bins are laid out metric, bin, day: a metric moves slowly, so
      // consecutive days mostly write neighbouring counters.
      const scaled = (value * toBin) | 0;
      const bin = scaled < bins ? scaled : bins - 1;
      const at = (k * bins + bin) * days + day;
      dailyHistogram[at] = (dailyHistogram[at] ?? 0) + 1;

      const bound = k * days + day;
      if (value < (dailyLowest[bound] ?? value)) dailyLowest[bound] = value;
      if (value > (dailyHighest[bound] ?? value)) dailyHighest[bound] = value;
    }
  }

  /**
   * Keeps one replication's checkpoint figures: as a row while the rows
   * fit the budget, then in the sketch, which takes over every row.
   */
  addCheckpoints(row: Float64Array): void {
    if (this.sketch === undefined && this.checkpoints.length < this.limit) {
      this.checkpoints.push(row);
      return;
    }
    if (this.sketch === undefined) {
      const layout = this.layout;
      this.sketch = new SketchBuilder(sketchShape(layout, metricIndex(layout)));
      for (const kept of this.checkpoints) this.sketch.add(kept);
      this.checkpoints.length = 0;
    }
    this.sketch.add(row);
  }

  /** Counts who was reached by the end of a replication. */
  recordReached(reached: Uint8Array): void {
    for (let i = 0; i < reached.length; i += 1) {
      addAt(this.educatorReached, i, reached[i] ?? 0);
    }
  }

  /** Turns the typed arrays into plain, serialisable data. */
  toState(range: readonly [number, number]): SimulationState {
    const state: SimulationState = {
      replicationRanges: range[1] > range[0] ? [range] : [],
      dailySums: toNumbers(this.dailySums),
      dailyHistogram: toNumbers(this.dailyHistogram),
      dailyLowest: toNumbers(this.dailyLowest),
      dailyHighest: toNumbers(this.dailyHighest),
      checkpoints: this.checkpoints.map(toNumbers),
      educatorReached: toNumbers(this.educatorReached),
      ...(this.sketch ? { checkpointSketch: this.sketch.finish() } : {}),
    };
    if (this.trajectories.length === 0) return state;
    return { ...state, trajectories: this.trajectories };
  }
}

// A plain loop is several times faster than Array.from on large arrays.
function toNumbers(typed: Float64Array | Uint32Array | Int32Array): number[] {
  const out = new Array<number>(typed.length);
  for (let i = 0; i < typed.length; i += 1) out[i] = typed[i] ?? 0;
  return out;
}
