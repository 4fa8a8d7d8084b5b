import { sketchPercentile, sketchShape } from './checkpoint-sketch.js';
import type { MetricIndex, SimulationLayout } from './layout.js';
import { metricIndex, SHARE_SCALE } from './layout.js';
import { percentileOfHistogram, percentileOfSorted } from './percentile.js';
import type {
  CheckpointResult,
  DailySeries,
  GroupDaily,
  ReachSeries,
  ReachSummary,
  SimulationResult,
  Summary,
} from './result.js';
import type { SimulationState } from './state.js';

/**
 * Turns the mergeable state into every reported figure. Pure: the same
 * state always gives the same result.
 *
 * @internal
 */
export function summarise(
  layout: SimulationLayout,
  state: SimulationState,
): SimulationResult {
  const index = metricIndex(layout);
  const replications = state.replicationRanges.reduce(
    (sum, [start, end]) => sum + end - start,
    0,
  );
  const column = checkpointReader(layout, index, state);
  const daily = dailyReader(layout, state, replications);
  const names = <T>(list: readonly string[], at: (k: number) => T) =>
    Object.fromEntries(list.map((name, k) => [name, at(k)]));
  const reach = (r: number, e: number): ReachSeries => ({
    reached: daily.series(r),
    effective: daily.series(e),
  });

  const checkpoints = layout.checkpoints.map((info, c) =>
    checkpoint(layout, index, column, c, info),
  );
  // A layout always ends with the horizon's end, so the last one exists.
  const end = checkpoints.at(-1) as CheckpointResult;

  return {
    layout,
    replications,
    daily: {
      reached: daily.series(0),
      effective: daily.series(1),
      firstChannel: names(layout.channels, (k) =>
        daily.series(index.channelFirst + k),
      ),
      anyChannel: names(layout.channels, (k) =>
        daily.series(index.channelAny + k),
      ),
      bySegment: names(layout.segments, (k) =>
        reach(index.segmentReached + k, index.segmentEffective + k),
      ),
      byRole: names(layout.roles, (k) =>
        reach(index.roleReached + k, index.roleEffective + k),
      ),
      bySchool: names(layout.schools, (k) =>
        daily.group(index.schoolReached + k, index.schoolEffective + k),
      ),
      byDepartment: names(layout.departments, (k) =>
        daily.group(index.departmentReached + k, index.departmentEffective + k),
      ),
    },
    terms: checkpoints.slice(0, -1),
    end,
    educatorReachProbability: state.educatorReached.map(
      (count) => count / replications,
    ),
    state,
  };
}

function dailyReader(
  layout: SimulationLayout,
  state: SimulationState,
  replications: number,
) {
  const days = layout.dates.length;
  const bins = layout.bins;
  const { total } = metricIndex(layout);
  const means = (k: number): number[] => {
    const out: number[] = [];
    for (let d = 0; d < days; d += 1) {
      const sum = state.dailySums[d * total + k] ?? 0;
      out.push(sum / SHARE_SCALE / replications);
    }
    return out;
  };
  const percentile = (k: number, p: number): number[] => {
    const out: number[] = [];
    for (let d = 0; d < days; d += 1) {
      const offset = k * bins * days + d;
      const estimate = percentileOfHistogram(
        state.dailyHistogram,
        offset,
        days,
        bins,
        replications,
        p,
      );

      // A bin spans 1%: keep the estimate inside the values seen, so a day
      // every replication ends at 100% reads 100%, not 99.05%.
      const lowest = (state.dailyLowest[k * days + d] ?? 0) / SHARE_SCALE;
      const highest = (state.dailyHighest[k * days + d] ?? 0) / SHARE_SCALE;
      out.push(Math.min(highest, Math.max(lowest, estimate)));
    }
    return out;
  };
  return {
    series: (k: number): DailySeries => ({
      mean: means(k),
      p5: percentile(k, 0.05),
      p50: percentile(k, 0.5),
      p95: percentile(k, 0.95),
      replications,
    }),
    group: (r: number, e: number): GroupDaily => ({
      reached: means(r),
      effective: means(e),
    }),
  };
}

/**
 * Mean and percentiles of values, each divided by `scale`.
 *
 * @internal
 */
export function summarize(values: number[], scale: number): Summary {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of values) sum += value;
  return {
    mean: sum / values.length / scale,
    p5: percentileOfSorted(sorted, 0.05) / scale,
    p50: percentileOfSorted(sorted, 0.5) / scale,
    p95: percentileOfSorted(sorted, 0.95) / scale,
    replications: values.length,
  };
}

// Summaries of one position of the checkpoint rows (checkpoint × width +
// metric), from the rows when the state holds them, else from the sketch.
type CheckpointReader = (position: number, scale: number) => Summary;

function checkpointReader(
  layout: SimulationLayout,
  index: MetricIndex,
  state: SimulationState,
): CheckpointReader {
  const sketch = state.checkpointSketch;
  if (sketch === undefined) {
    return (position, scale) =>
      summarize(
        state.checkpoints.map((row) => row[position] ?? 0),
        scale,
      );
  }

  const shape = sketchShape(layout, index);
  return (position, scale) => ({
    mean: (sketch.sums[position] ?? 0) / sketch.count / scale,
    p5: sketchPercentile(sketch, shape, position, 0.05) / scale,
    p50: sketchPercentile(sketch, shape, position, 0.5) / scale,
    p95: sketchPercentile(sketch, shape, position, 0.95) / scale,
    replications: sketch.count,
  });
}

function checkpoint(
  layout: SimulationLayout,
  index: MetricIndex,
  read: CheckpointReader,
  c: number,
  info: SimulationLayout['checkpoints'][number],
): CheckpointResult {
  const at = c * index.checkpointWidth;
  const column = (k: number, scale: number) => read(at + k, scale);
  const share = (k: number) => column(k, SHARE_SCALE);
  const names = <T>(list: readonly string[], of: (k: number) => T) =>
    Object.fromEntries(list.map((name, k) => [name, of(k)]));
  const pair = (r: number, e: number): ReachSummary => ({
    reached: share(r),
    effective: share(e),
  });

  return {
    label: info.label,
    ...(info.termId === undefined ? {} : { termId: info.termId }),
    date: info.date,
    reached: share(0),
    effective: share(1),
    firstChannel: names(layout.channels, (k) => share(index.channelFirst + k)),
    anyChannel: names(layout.channels, (k) => share(index.channelAny + k)),
    bySegment: names(layout.segments, (k) =>
      pair(index.segmentReached + k, index.segmentEffective + k),
    ),
    byRole: names(layout.roles, (k) =>
      pair(index.roleReached + k, index.roleEffective + k),
    ),
    bySchool: names(layout.schools, (k) =>
      pair(index.schoolReached + k, index.schoolEffective + k),
    ),
    byDepartment: names(layout.departments, (k) =>
      pair(index.departmentReached + k, index.departmentEffective + k),
    ),
    compliance: names(layout.requirements, (k) => share(index.compliance + k)),
    equity: {
      lowestSchool: share(index.lowestSchool),
      spread: share(index.schoolSpread),
    },
    cost: {
      facilitatorHours: column(index.facilitatorMinutes, 60),
      substituteDays: column(index.substituteMinutes, layout.schoolDayMinutes),
      seatHours: column(index.seatMinutes, 60),
    },
  };
}
