import type { MetricIndex, SimulationLayout } from './layout.js';
import { SHARE_SCALE } from './layout.js';

/**
 * Checkpoint figures kept replication by replication while they fit in
 * this many numbers; past it, a {@link CheckpointSketch} holds them in a
 * fixed space, so memory stops growing with replications.
 *
 * @internal
 */
export const ROW_BUDGET = 2 ** 21;

/** Bins for a share, over [0, 1]: percentiles exact to 1/256. @internal */
export const SHARE_BINS = 256;

/**
 * Bins for a cost in minutes, on a log scale of 256 bins per doubling
 * (0.27% apart) up to 2^32 minutes. @internal
 */
export const COST_BINS = 32 * 256;

/**
 * Checkpoint figures summed and binned, for runs with more replications
 * than whole rows fit in a budget of 2^21 numbers. Every field is a count
 * or an integer sum, so two sketches add up exactly, in any order.
 *
 * Positions are those of a checkpoint row: `checkpoint × width + metric`.
 *
 * @example
 * ```ts
 * result.state.checkpointSketch?.count; // replications held, e.g. 20000
 * ```
 */
export interface CheckpointSketch {
  /** Replications held. */
  readonly count: number;
  /** Per position: the sum of its values (shares × 2^24, minutes). */
  readonly sums: readonly number[];
  /** Per position: the lowest and highest value seen. */
  readonly lowest: readonly number[];
  readonly highest: readonly number[];
  /** Per share position, `SHARE_BINS` counts (position-major). */
  readonly shareBins: readonly number[];
  /** Per cost position, `COST_BINS` counts (position-major). */
  readonly costBins: readonly number[];
}

/**
 * How many whole rows a layout keeps before it switches to a sketch.
 *
 * @internal
 */
export function rowLimit(layout: SimulationLayout, index: MetricIndex): number {
  const width = index.checkpointWidth * layout.checkpoints.length;
  return Math.max(1, Math.floor(ROW_BUDGET / Math.max(1, width)));
}

/**
 * Where a row's positions go in a sketch: per position, its slot among
 * the share positions or among the cost positions.
 *
 * @internal
 */
export interface SketchShape {
  readonly width: number;
  /** Per position: 1 for a cost, 0 for a share. */
  readonly isCost: Uint8Array;
  /** Per position: its index among the shares or among the costs. */
  readonly slot: Int32Array;
  readonly shares: number;
  readonly costs: number;
}

/** @internal */
export function sketchShape(
  layout: SimulationLayout,
  index: MetricIndex,
): SketchShape {
  const width = index.checkpointWidth * layout.checkpoints.length;
  const isCost = new Uint8Array(width);
  const slot = new Int32Array(width);
  let shares = 0;
  let costs = 0;
  for (let p = 0; p < width; p += 1) {
    const metric = p % index.checkpointWidth;
    const cost = metric >= index.facilitatorMinutes;
    isCost[p] = cost ? 1 : 0;
    slot[p] = cost ? costs++ : shares++;
  }
  return { width, isCost, slot, shares, costs };
}

/**
 * A sketch being filled, over typed arrays.
 *
 * @internal
 */
export class SketchBuilder {
  count = 0;
  readonly sums: Float64Array;
  readonly lowest: Float64Array;
  readonly highest: Float64Array;
  readonly shareBins: Uint32Array;
  readonly costBins: Uint32Array;

  constructor(private readonly shape: SketchShape) {
    this.sums = new Float64Array(shape.width);
    this.lowest = new Float64Array(shape.width).fill(Number.POSITIVE_INFINITY);
    this.highest = new Float64Array(shape.width).fill(Number.NEGATIVE_INFINITY);
    this.shareBins = new Uint32Array(shape.shares * SHARE_BINS);
    this.costBins = new Uint32Array(shape.costs * COST_BINS);
  }

  /** Adds one replication's row. */
  add(row: ArrayLike<number>): void {
    const { isCost, slot, width } = this.shape;
    this.count += 1;
    for (let p = 0; p < width; p += 1) {
      const value = row[p] ?? 0;
      this.sums[p] = (this.sums[p] ?? 0) + value;
      if (value < (this.lowest[p] ?? 0)) this.lowest[p] = value;
      if (value > (this.highest[p] ?? 0)) this.highest[p] = value;
      const s = slot[p] ?? 0;
      if (isCost[p] === 1) {
        const at = s * COST_BINS + costBin(value);
        this.costBins[at] = (this.costBins[at] ?? 0) + 1;
      } else {
        const at = s * SHARE_BINS + shareBin(value);
        this.shareBins[at] = (this.shareBins[at] ?? 0) + 1;
      }
    }
  }

  /** Adds a finished sketch. */
  addSketch(other: CheckpointSketch): void {
    this.count += other.count;
    addInto(this.sums, other.sums);
    addInto(this.shareBins, other.shareBins);
    addInto(this.costBins, other.costBins);
    for (let p = 0; p < this.shape.width; p += 1) {
      const low = other.lowest[p] ?? Number.POSITIVE_INFINITY;
      const high = other.highest[p] ?? Number.NEGATIVE_INFINITY;
      if (low < (this.lowest[p] ?? 0)) this.lowest[p] = low;
      if (high > (this.highest[p] ?? 0)) this.highest[p] = high;
    }
  }

  /** The sketch as plain data. */
  finish(): CheckpointSketch {
    return {
      count: this.count,
      sums: Array.from(this.sums),
      lowest: Array.from(this.lowest),
      highest: Array.from(this.highest),
      shareBins: Array.from(this.shareBins),
      costBins: Array.from(this.costBins),
    };
  }
}

function addInto(
  target: Float64Array | Uint32Array,
  values: readonly number[],
): void {
  for (let k = 0; k < target.length; k += 1) {
    target[k] = (target[k] ?? 0) + (values[k] ?? 0);
  }
}

function shareBin(value: number): number {
  const bin = Math.floor((value / SHARE_SCALE) * SHARE_BINS);
  return Math.min(SHARE_BINS - 1, Math.max(0, bin));
}

function costBin(minutes: number): number {
  const bin = Math.floor(256 * Math.log2(1 + Math.max(0, minutes)));
  return Math.min(COST_BINS - 1, bin);
}

// The value at a cost bin's lower edge, the inverse of costBin.
function costEdge(bin: number): number {
  return 2 ** (bin / 256) - 1;
}

/**
 * The p-th percentile of one position of a sketch, from its bins with a
 * linear reading inside the bin, held inside the lowest and highest value
 * seen.
 *
 * @internal
 */
export function sketchPercentile(
  sketch: CheckpointSketch,
  shape: SketchShape,
  position: number,
  p: number,
): number {
  const cost = shape.isCost[position] === 1;
  const bins = cost ? COST_BINS : SHARE_BINS;
  const counts = cost ? sketch.costBins : sketch.shareBins;
  const offset = (shape.slot[position] ?? 0) * bins;
  const target = p * sketch.count;

  let seen = 0;
  let estimate = Number.NaN;
  for (let b = 0; b < bins; b += 1) {
    const count = counts[offset + b] ?? 0;
    if (count > 0 && seen + count >= target) {
      const within = Math.min(1, Math.max(0, (target - seen) / count));
      estimate = cost
        ? costEdge(b) + (costEdge(b + 1) - costEdge(b)) * within
        : ((b + within) / SHARE_BINS) * SHARE_SCALE;
      break;
    }
    seen += count;
  }
  const low = sketch.lowest[position] ?? estimate;
  const high = sketch.highest[position] ?? estimate;
  return Math.min(high, Math.max(low, estimate));
}
