/**
 * Linear-interpolation percentile of sorted values (the common "type 7"
 * definition): exact and deterministic for a given set of values.
 *
 * @internal
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;

  const rank = (n - 1) * p;
  const low = Math.floor(rank);
  const high = Math.min(n - 1, low + 1);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? 0;
  return a + (b - a) * (rank - low);
}

/**
 * Percentile of a fixed-bin histogram over [0, 1]: the rank is located in
 * its bin and interpolated linearly inside the bin, so the answer is within
 * one bin width of the true percentile.
 *
 * @internal
 */
export function percentileOfHistogram(
  counts: ArrayLike<number>,
  offset: number,
  stride: number,
  bins: number,
  total: number,
  p: number,
): number {
  if (total === 0) return Number.NaN;

  const target = p * total;
  let seen = 0;
  for (let b = 0; b < bins; b += 1) {
    const count = counts[offset + b * stride] ?? 0;
    if (count > 0 && seen + count >= target) {
      const within = count === 0 ? 0 : (target - seen) / count;
      return (b + Math.min(1, Math.max(0, within))) / bins;
    }
    seen += count;
  }
  return 1;
}
