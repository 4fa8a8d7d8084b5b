import type { BranchingStep, LevelMoments } from './branching.js';
import { branchingMoments, cappedReach } from './branching.js';

/** One school's expected reach, stopped where the calendar stops it. @internal */
export interface DatedSchoolReach {
  /** Capped expected reach per level, level 0 first. */
  readonly reach: number[];
  /** Uncapped moments per level, level 0 first. */
  readonly moments: LevelMoments[];
  /** What the levels without a day would have reached, capped. */
  readonly lost: number;
}

/**
 * Expected reach at one school when only the levels that find a day to
 * meet run: a level whose leaders' window holds no session day reaches
 * nobody, and neither do the levels below it, whose leaders it would have
 * trained. `days[l]` is level `l`'s first day, undefined where none fits.
 *
 * @internal
 */
export function datedSchoolReach(
  headcount: number,
  leaders: number,
  steps: readonly BranchingStep[],
  days: readonly (number | undefined)[],
): DatedSchoolReach {
  const undated = steps.findIndex((_, i) => days[i + 1] === undefined);
  const runs = undated === -1 ? steps : steps.slice(0, undated);

  const reach = cappedReach(headcount, leaders, runs);
  const moments = branchingMoments(leaders, runs);
  for (let l = runs.length + 1; l <= steps.length; l += 1) {
    reach.push(0);
    moments.push({ level: l, mean: 0, variance: 0 });
  }

  const wanted = cappedReach(headcount, leaders, steps);
  const lost = sum(wanted) - sum(reach);
  return { reach, moments, lost };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
