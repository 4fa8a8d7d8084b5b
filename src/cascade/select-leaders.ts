import type { Educator } from '../model/educator.js';
import type { Eligibility } from '../model/eligibility.js';
import { isEligible } from '../model/eligible.js';
import type { ReachplanIssue } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import type { School } from '../model/school.js';
import type { RandomStream } from '../random/stream.js';
import { candidateTiers } from './candidates.js';
import type { CascadePlan } from './plan-schema.js';
import { leaderSeats, planOffering } from './plan-scope.js';

/**
 * What a caller's own leader selector is given for one school.
 *
 * @example
 * ```ts
 * const pickPrincipal: LeaderSelector = ({ staff }) =>
 *   staff.filter((e) => e.roles.includes('principal')).map((e) => e.id);
 * ```
 */
export interface LeaderSelectorContext {
  /** The plan being made. */
  readonly plan: CascadePlan;
  /** The school. */
  readonly school: School;
  /** Every educator of the school, in roster order. */
  readonly staff: readonly Educator[];
  /** The most leaders the school may have; undefined means no limit. */
  readonly seats: number | undefined;
  /** Who the plan's own rule would pick, preferred first, seats applied. */
  readonly suggested: readonly Educator[];
}

/**
 * A caller's own way to choose the first leaders of a school: returns
 * educator ids of that school, at most `seats` of them.
 *
 * @example
 * ```ts
 * const firstListed: LeaderSelector = ({ staff }) => [staff[0]?.id ?? ''];
 * ```
 */
export type LeaderSelector = (
  context: LeaderSelectorContext,
) => readonly string[];

/**
 * Picks the first leaders of one school: the plan's tiers in order, ties
 * broken by the seeded stream, cut at the seats; or the caller's selector,
 * whose answer is checked.
 *
 * @internal
 */
export function selectLeaders(
  scenario: Scenario,
  plan: CascadePlan,
  school: School,
  staff: readonly Educator[],
  stream: RandomStream,
  selector: LeaderSelector | undefined,
): { leaders: Educator[]; issues: ReachplanIssue[] } {
  const eligibility = planOffering(scenario, plan)?.eligibility;
  const seats = leaderSeats(scenario, plan);
  const tiers = candidateTiers(
    plan.leaderSelection,
    school,
    staff,
    eligibility,
  );
  const ordered = tiers.flatMap((tier) => shuffle(tier, stream));
  const suggested = ordered.slice(0, seats ?? ordered.length);
  if (selector === undefined) return { leaders: suggested, issues: [] };

  const chosen = selector({ plan, school, staff, seats, suggested });
  return checkChosen({ plan, school, staff, seats, eligibility }, chosen);
}

interface ChosenContext {
  readonly plan: CascadePlan;
  readonly school: School;
  readonly staff: readonly Educator[];
  readonly seats: number | undefined;
  readonly eligibility: Eligibility | undefined;
}

function checkChosen(
  context: ChosenContext,
  chosen: readonly string[],
): { leaders: Educator[]; issues: ReachplanIssue[] } {
  const { plan, school, staff, seats, eligibility } = context;
  const path = ['options', 'selectLeaders'];
  const byId = new Map(staff.map((e) => [e.id, e]));
  const leaders: Educator[] = [];
  const issues: ReachplanIssue[] = [];
  const where = `for school "${school.id}" in ${plan.kind} "${plan.id}"`;

  for (const id of new Set(chosen)) {
    const educator = byId.get(id);
    if (educator === undefined) {
      issues.push({
        code: 'invalid_leader',
        path,
        message: `selectLeaders chose "${id}" ${where}, but "${id}" is not on that school's staff`,
      });
    } else if (!isEligible(educator, school, eligibility)) {
      issues.push({
        code: 'not_eligible',
        path,
        message: `selectLeaders chose "${id}" ${where}, but "${id}" is not eligible for its offering`,
      });
    } else {
      leaders.push(educator);
    }
  }
  if (seats !== undefined && leaders.length > seats) {
    issues.push({
      code: 'seats_exceeded',
      path,
      message: `selectLeaders chose ${leaders.length} leaders ${where}, but the school has ${seats} seats`,
    });
  }
  return { leaders, issues };
}

/**
 * A seeded Fisher–Yates shuffle into a new array.
 *
 * @internal
 */
export function shuffle<T>(items: readonly T[], stream: RandomStream): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = stream.nextInt(i + 1);
    // Both indices are below out.length.
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
