import { toEpochDay } from '../calendar/local-date.js';
import type { Educator } from '../model/educator.js';
import type { School } from '../model/school.js';
import type { EvaluationContext } from './context.js';
import type { Requirement } from './rule-schema.js';
import { scopeMatcher } from './scope.js';

/** Inclusive day ranges of an educator's exemptions. @internal */
export type LeaveRanges = readonly (readonly [number, number])[];

/**
 * A rule made ready to evaluate: who is in scope and who is excused when.
 *
 * @internal
 */
export interface RuleRun {
  /** 1 for each educator in scope. */
  readonly inScope: Uint8Array;
  /** Exemption ranges per educator index. */
  readonly leave: ReadonlyMap<number, LeaveRanges>;
}

/** @internal */
export function prepareRule(
  context: EvaluationContext,
  rule: Requirement,
): RuleRun {
  const matches = scopeMatcher(rule.scope);
  const inScope = new Uint8Array(context.educators.length);
  context.educators.forEach((educator: Educator, i) => {
    inScope[i] = matches(educator, context.schoolOf[i] as School) ? 1 : 0;
  });

  const leave = new Map<number, [number, number][]>();
  for (const exemption of rule.exemptions ?? []) {
    const i = context.educatorIndex.get(exemption.educatorId);
    if (i === undefined) continue;
    const from =
      exemption.from === undefined ? -Infinity : toEpochDay(exemption.from);
    const to = exemption.to === undefined ? Infinity : toEpochDay(exemption.to);
    const ranges = leave.get(i) ?? [];
    ranges.push([from, to]);
    leave.set(i, ranges);
  }
  return { inScope, leave };
}

/**
 * The share of the days `first` to `last` (inclusive) that an educator's
 * exemptions cover, from 0 to 1. Overlapping exemptions are merged.
 *
 * @internal
 */
export function leaveShare(
  ranges: LeaveRanges | undefined,
  first: number,
  last: number,
): number {
  if (ranges === undefined || last < first) return 0;

  const clipped = ranges
    .map(([from, to]) => [Math.max(from, first), Math.min(to, last)] as const)
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = first - 1;
  for (const [from, to] of clipped) {
    const start = Math.max(from, reach + 1);
    if (to >= start) covered += to - start + 1;
    reach = Math.max(reach, to);
  }
  return covered / (last - first + 1);
}

/**
 * Whether a day falls in one of the ranges.
 *
 * @internal
 */
export function onLeave(ranges: LeaveRanges, day: number): boolean {
  return ranges.some(([from, to]) => day >= from && day <= to);
}

/**
 * The offerings that count for a rule, as a mask over the catalogue: all
 * of them when no categories are named, else those in any named category.
 *
 * @internal
 */
export function offeringMask(
  context: EvaluationContext,
  categoryIds: readonly string[] | undefined,
  offeringId?: string,
): Uint8Array {
  const wanted = categoryIds === undefined ? undefined : new Set(categoryIds);
  return Uint8Array.from(context.offerings, (offering) => {
    if (offeringId !== undefined) return offering.id === offeringId ? 1 : 0;
    if (wanted === undefined) return 1;
    return offering.categoryIds.some((id) => wanted.has(id)) ? 1 : 0;
  });
}

/**
 * Scales a target for part-time staff and partial exemptions, rounding up
 * so that nobody's target drops to zero and nobody's exceeds the rule's.
 * Whole units (sessions) round up to a whole; minutes round up to a minute.
 *
 * @internal
 */
export function scaleTarget(target: number, factor: number): number {
  // A hair below the next whole keeps 0.1 × 30 from becoming 4.
  return Math.min(target, Math.ceil(target * factor - 1e-9));
}

/**
 * Scales a credit-hours target like {@link scaleTarget}, rounding up to
 * the hundredth of a credit hour.
 *
 * @internal
 */
export function scaleCredits(target: number, factor: number): number {
  return Math.min(target, scaleTarget(target * 100, factor) / 100);
}

/**
 * Rounds to the hundredth: credit hours add up in fractions, and a sum
 * such as 0.1 + 0.2 must read 0.3. Whole numbers are unchanged.
 *
 * @internal
 */
export function hundredths(value: number): number {
  return Math.round(value * 100) / 100;
}
