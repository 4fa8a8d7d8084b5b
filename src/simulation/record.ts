import type { CompiledScenario } from './compiled.js';
import type { MetricIndex } from './layout.js';
import { SHARE_SCALE } from './layout.js';
import type { World } from './world.js';

/**
 * The group blocks of the daily vector, flat: for segments, roles, schools
 * and departments, the first group, the count, and where the reached and
 * effective shares go.
 *
 * @internal
 */
export function groupBlocks(
  world: World,
  compiled: CompiledScenario,
  index: MetricIndex,
): Int32Array {
  const { layout } = compiled;
  return Int32Array.from([
    1,
    layout.segments.length,
    index.segmentReached,
    index.segmentEffective,
    world.roleGroup,
    layout.roles.length,
    index.roleReached,
    index.roleEffective,
    world.schoolGroup,
    layout.schools.length,
    index.schoolReached,
    index.schoolEffective,
    world.departmentGroup,
    layout.departments.length,
    index.departmentReached,
    index.departmentEffective,
  ]);
}

/**
 * Writes the day's metric vector (shares scaled to integers) into `out`.
 * Runs every simulated day, so it reads the group sums straight from the
 * world's arrays and computes the day's decay factor once.
 *
 * @internal
 */
export function measureDay(
  world: World,
  compiled: CompiledScenario,
  index: MetricIndex,
  epochDay: number,
  out: Int32Array,
  blocks: Int32Array,
): void {
  const { layout } = compiled;
  const decay = world.decayOn(epochDay);
  const reached = world.groupReached;
  const weight = world.groupWeight;
  const scales = world.groupScale;
  const scale = scales[0] ?? 0;

  out[0] = roundShare((reached[0] ?? 0) * scale);
  out[1] = clampShare((weight[0] ?? 0) * decay * scale);
  const channels = layout.channels.length;
  const first = index.channelFirst;
  const any = index.channelAny;
  for (let c = 0; c < channels; c += 1) {
    out[first + c] = roundShare((world.channelFirst[c] ?? 0) * scale);
    out[any + c] = roundShare((world.channelAny[c] ?? 0) * scale);
  }

  for (let b = 0; b < blocks.length; b += 4) {
    const start = blocks[b] ?? 0;
    const count = blocks[b + 1] ?? 0;
    const reachedAt = blocks[b + 2] ?? 0;
    const effectiveAt = blocks[b + 3] ?? 0;
    for (let k = 0; k < count; k += 1) {
      const g = start + k;
      const groupScale = scales[g] ?? 0;
      out[reachedAt + k] = roundShare((reached[g] ?? 0) * groupScale);
      out[effectiveAt + k] = clampShare((weight[g] ?? 0) * decay * groupScale);
    }
  }
}

// Shares are below 2^25, so adding ½ and truncating rounds like Math.round
// for these non-negative values, and faster.
function roundShare(value: number): number {
  return (value + 0.5) | 0;
}

// Effective shares are sums of floats: keep them in [0, 1] exactly.
function clampShare(value: number): number {
  if (value <= 0) return 0;
  if (value >= SHARE_SCALE) return SHARE_SCALE;
  return (value + 0.5) | 0;
}

/**
 * The lowest school's reach and the spread (highest minus lowest) across
 * schools with staff, as scaled shares.
 *
 * @internal
 */
export function measureEquity(
  shares: Int32Array,
  index: MetricIndex,
  world: World,
  schools: number,
): [number, number] {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let s = 0; s < schools; s += 1) {
    if ((world.groupSize[world.schoolGroup + s] ?? 0) === 0) continue;
    const value = shares[index.schoolReached + s] ?? 0;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (low === Number.POSITIVE_INFINITY) return [0, 0];
  return [low, high - low];
}
