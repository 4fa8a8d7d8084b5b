import type { RequirementPeriod, RequirementUnit } from './report-types.js';
import type { RequirementKind } from './rule-schema.js';

/**
 * Demand against supply for one school, inside a {@link SupplyRow}.
 *
 * @example
 * ```ts
 * const school: SchoolSupply = {
 *   schoolId: 's01', educators: 24, seatsNeeded: 24, seatsOffered: 18,
 *   shortfall: 6, unreachable: 0,
 * };
 * ```
 */
export interface SchoolSupply {
  /** The school. */
  readonly schoolId: string;
  /** Educators of the school in scope and not excused for the period. */
  readonly educators: number;
  /** What they need together, in the row's unit. */
  readonly seatsNeeded: number;
  /**
   * What the school can get: per session, the fewest of its seats per
   * school, the session's capacity and the school's educators who are
   * eligible and free that day. Capacity is shared with other schools, so
   * this is an upper bound.
   */
  readonly seatsOffered: number;
  /** `max(0, seatsNeeded - seatsOffered)`. */
  readonly shortfall: number;
  /** Educators who could not meet the rule even with every seat free. */
  readonly unreachable: number;
}

/**
 * Whether the scheduled capacity can satisfy one rule in one period.
 *
 * @example
 * ```ts
 * const row: SupplyRow = {
 *   ruleId: 'one-per-term', kind: 'sessions-per-term', unit: 'sessions',
 *   period: { kind: 'term', id: 't1', start: '2027-04-06', end: '2027-07-20' },
 *   educators: 512, seatsNeeded: 512, seatsOffered: 480, shortfall: 32,
 *   sessionsScheduled: 30, selfPaced: false, unreachable: 0,
 *   impossible: false, schools: [],
 * };
 * ```
 */
export interface SupplyRow {
  /** The rule. */
  readonly ruleId: string;
  /** The rule's kind. */
  readonly kind: RequirementKind;
  /** For `category-coverage`: the category of this row. */
  readonly categoryId?: string;
  /** The term, year or month judged. */
  readonly period: RequirementPeriod;
  /**
   * What seats are counted in: sessions, minutes (hours rules), credit
   * hours (credits rules), or completions; department sessions for `department-monthly` (one per
   * department and month), seats for `trained-leaders`.
   */
  readonly unit: RequirementUnit;
  /** Educators in scope and not excused (departments or schools for group rules). */
  readonly educators: number;
  /** Everyone's targets added up (after pro-rata). */
  readonly seatsNeeded: number;
  /**
   * Seats in counting sessions that those educators are eligible for and
   * free to attend: per session, the fewest of its capacity and the sum
   * over schools of their usable seats.
   */
  readonly seatsOffered: number;
  /** `max(0, seatsNeeded - seatsOffered)`; 0 when `selfPaced`. */
  readonly shortfall: number;
  /** Counting sessions scheduled in the period. */
  readonly sessionsScheduled: number;
  /** True when an open self-paced offering counts, so seats are unlimited. */
  readonly selfPaced: boolean;
  /** Educators (or groups) who could not meet the rule with every seat free. */
  readonly unreachable: number;
  /**
   * True when the rule asks for more sessions than the period schedules,
   * or when no educator in scope could meet it with every seat free.
   */
  readonly impossible: boolean;
  /** Why the rule is impossible, naming the numbers. */
  readonly reason?: string;
  /** One row per school with demand. */
  readonly schools: readonly SchoolSupply[];
}

/**
 * The answer of {@link checkSupply}.
 *
 * @example
 * ```ts
 * checkSupply(scenario).rows.filter((row) => row.shortfall > 0);
 * ```
 */
export interface SupplyReport {
  /** One row per rule and period (and category, for coverage rules). */
  readonly rows: readonly SupplyRow[];
  /** The rows flagged impossible. */
  readonly impossible: readonly SupplyRow[];
}
