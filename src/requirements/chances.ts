/**
 * The chances still ahead to make up a shortfall: scheduled sessions (or
 * seats) as local days with an amount each, sorted by day, and the last
 * day through which a self-paced offering that counts stays open.
 *
 * @internal
 */
export interface Chances {
  /** Local day numbers, ascending. */
  readonly days: readonly number[];
  /** What each chance is worth: 1 session, its minutes, its seats. */
  readonly amounts: readonly number[];
  /** Last open day of a self-paced offering that counts, if any. */
  readonly openUntil?: number;
}

/** No chances at all. @internal */
export const NO_CHANCES: Chances = { days: [], amounts: [] };

/**
 * How much the chances can still deliver, and the last day on which
 * starting still makes up `needed`: walking back from the last chance until
 * the amounts reach `needed`. Self-paced offerings count as unlimited.
 *
 * @internal
 */
export function measureChances(
  chances: Chances,
  needed: number,
): { left: number; count: number; lastChance: number | undefined } {
  let left = 0;
  let lastChance: number | undefined;
  const { days, amounts } = chances;

  for (let i = days.length - 1; i >= 0; i--) {
    left += amounts[i] as number;
    if (lastChance === undefined && left >= needed) lastChance = days[i];
  }
  if (chances.openUntil !== undefined) {
    left = Number.POSITIVE_INFINITY;
    if (lastChance === undefined || chances.openUntil > lastChance) {
      lastChance = chances.openUntil;
    }
  }
  return { left, count: days.length, lastChance };
}

/**
 * Keeps the chances an educator can take: not on a day they are away.
 *
 * @internal
 */
export function withoutDays(
  chances: Chances,
  away: (day: number) => boolean,
): Chances {
  const days: number[] = [];
  const amounts: number[] = [];
  chances.days.forEach((day, i) => {
    if (away(day)) return;
    days.push(day);
    amounts.push(chances.amounts[i] as number);
  });
  const open = chances.openUntil;
  return open === undefined
    ? { days, amounts }
    : { days, amounts, openUntil: open };
}
