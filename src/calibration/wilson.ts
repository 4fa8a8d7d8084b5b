/**
 * A two-sided interval for a proportion.
 *
 * @example
 * ```ts
 * const interval: ProportionInterval = { low: 0.21, high: 0.39 };
 * ```
 */
export interface ProportionInterval {
  /** The lower bound, from 0 to 1. */
  readonly low: number;
  /** The upper bound, from 0 to 1. */
  readonly high: number;
}

// Acklam's rational approximation of the standard normal quantile,
// accurate to about 1e-9 over (0, 1): plenty for an interval's width.
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269,
  -30.66479806614716, 2.506628277459239,
];
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
  -13.28068155288572,
];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838,
  -2.549732539343734, 4.374664141464968, 2.938163982698783,
];
const D = [
  0.007784695709041462, 0.3224671290700398, 2.445134137142996,
  3.754408661907416,
];

function poly(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}

/**
 * The standard normal quantile: the z with P(Z < z) = p.
 *
 * @param p - a probability strictly between 0 and 1.
 * @returns z, such as 1.6449 for 0.95.
 * @example
 * ```ts
 * normalQuantile(0.975); // 1.959964…
 * ```
 */
export function normalQuantile(p: number): number {
  const tail = 0.02425;
  if (p < tail) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  if (p > 1 - tail) return -normalQuantile(1 - p);

  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

/**
 * Wilson's score interval for a proportion. Unlike the textbook
 * "estimate ± z·SE" it stays inside [0, 1] and behaves with few trials or
 * with rates near 0 or 1, which attendance data often has.
 *
 * @param successes - observed successes.
 * @param trials - observed trials, at least `successes`.
 * @param confidence - the coverage, such as 0.9 or 0.95.
 * @returns the interval; `{ low: 0, high: 1 }` with no trials.
 * @example
 * ```ts
 * wilsonInterval(12, 40, 0.95); // { low: 0.180…, high: 0.455… }
 * ```
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  confidence: number,
): ProportionInterval {
  if (trials <= 0) return { low: 0, high: 1 };

  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half =
    (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));

  return {
    low: Math.max(0, centre - half),
    high: Math.min(1, centre + half),
  };
}
