/**
 * Splits a whole number into parts proportional to weights, by largest
 * remainder (Hamilton's method): each part gets the floor of its share,
 * and the units left over go to the largest remainders, earliest first on
 * ties. The parts always sum to `total`.
 *
 * @param total - a non-negative integer.
 * @param weights - non-negative weights, not all zero.
 * @returns one integer per weight.
 * @internal
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);

  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
