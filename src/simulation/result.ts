import type { SimulationLayout } from './layout.js';
import type { SimulationState } from './state.js';

/**
 * One figure over replications.
 *
 * @example
 * ```ts
 * const reach: Summary = { mean: 0.41, p5: 0.37, p50: 0.41, p95: 0.45, replications: 1000 };
 * ```
 */
export interface Summary {
  /** Mean over replications. */
  readonly mean: number;
  /** 5th percentile. */
  readonly p5: number;
  /** Median. */
  readonly p50: number;
  /** 95th percentile. */
  readonly p95: number;
  /** How many replications the figure rests on. */
  readonly replications: number;
}

/**
 * A figure for each simulated day (aligned with `layout.dates`). Shares of
 * the group, from 0 to 1. Percentiles come from a fixed-bin histogram and
 * are exact to one bin (1 / `layout.bins`), never outside the lowest and
 * highest values seen that day; means are exact.
 *
 * @example
 * ```ts
 * result.daily.reached.mean.at(-1); // share reached on the last day
 * ```
 */
export interface DailySeries {
  /** Mean share per day. */
  readonly mean: readonly number[];
  /** 5th percentile per day. */
  readonly p5: readonly number[];
  /** Median per day. */
  readonly p50: readonly number[];
  /** 95th percentile per day. */
  readonly p95: readonly number[];
  /** Replications behind each day's figures. */
  readonly replications: number;
}

/**
 * Reached and effectively reached (fidelity-weighted) shares, daily.
 *
 * @example
 * ```ts
 * result.daily.bySegment.laggard.reached.mean;
 * ```
 */
export interface ReachSeries {
  /** Share with at least one exposure. */
  readonly reached: DailySeries;
  /** Sum of fidelity over the group's size. */
  readonly effective: DailySeries;
}

/**
 * Daily mean shares for a school or department.
 *
 * @example
 * ```ts
 * result.daily.bySchool['s01']?.reached.at(-1);
 * ```
 */
export interface GroupDaily {
  /** Mean share reached per day. */
  readonly reached: readonly number[];
  /** Mean effective share per day. */
  readonly effective: readonly number[];
}

/**
 * Reached and effective shares at a checkpoint.
 *
 * @example
 * ```ts
 * result.end.bySchool['s01']?.reached.p5;
 * ```
 */
export interface ReachSummary {
  /** Share with at least one exposure. */
  readonly reached: Summary;
  /** Fidelity-weighted share. */
  readonly effective: Summary;
}

/**
 * Every figure at one checkpoint (a term's end, or the horizon's end), with
 * percentiles computed exactly from per-replication values.
 *
 * @example
 * ```ts
 * result.terms[0]?.compliance['one-per-term']?.mean; // share compliant
 * ```
 */
export interface CheckpointResult {
  /** Which checkpoint: its term, date and day index. */
  readonly label: string;
  /** The term closed, missing for the horizon's end. */
  readonly termId?: string;
  /** The date of the checkpoint. */
  readonly date: string;
  /** Share of educators reached. */
  readonly reached: Summary;
  /** Fidelity-weighted share. */
  readonly effective: Summary;
  /** Share first reached through each channel. */
  readonly firstChannel: Readonly<Record<string, Summary>>;
  /** Share ever exposed through each channel. */
  readonly anyChannel: Readonly<Record<string, Summary>>;
  /** By adopter segment. */
  readonly bySegment: Readonly<Record<string, ReachSummary>>;
  /** By role (an educator counts under each role held). */
  readonly byRole: Readonly<Record<string, ReachSummary>>;
  /** By school id. */
  readonly bySchool: Readonly<Record<string, ReachSummary>>;
  /** By department id (an educator counts under each department). */
  readonly byDepartment: Readonly<Record<string, ReachSummary>>;
  /** Share of in-scope educators meeting each followed rule. */
  readonly compliance: Readonly<Record<string, Summary>>;
  /** The lowest school's reach and the spread between schools. */
  readonly equity: {
    /** Reach of the school reached least in each replication. */
    readonly lowestSchool: Summary;
    /** Highest minus lowest school reach in each replication. */
    readonly spread: Summary;
  };
  /** Cumulative cost from the horizon's start. */
  readonly cost: {
    /** Hours facilitators spend running sessions and pods. */
    readonly facilitatorHours: Summary;
    /** Educator time away from class in school hours, in school days. */
    readonly substituteDays: Summary;
    /** Educator hours spent in sessions and self-paced work. */
    readonly seatHours: Summary;
  };
}

/**
 * What {@link simulate} returns: plain, serialisable data. `state` holds
 * the mergeable sums behind every figure; {@link mergeResults} combines two
 * results into exactly the one a single run would give.
 *
 * @example
 * ```ts
 * const result = simulate(scenario, { seed: 1, replications: 100 });
 * result.end.reached.mean; // e.g. 0.42
 * ```
 */
export interface SimulationResult {
  /** Names behind every index: dates, groups, checkpoints. */
  readonly layout: SimulationLayout;
  /** Replications behind every figure. */
  readonly replications: number;
  /** Daily curves. */
  readonly daily: {
    /** Share reached. */
    readonly reached: DailySeries;
    /** Fidelity-weighted share. */
    readonly effective: DailySeries;
    /** Share first reached through each channel. */
    readonly firstChannel: Readonly<Record<string, DailySeries>>;
    /** Share ever exposed through each channel. */
    readonly anyChannel: Readonly<Record<string, DailySeries>>;
    /** By adopter segment. */
    readonly bySegment: Readonly<Record<string, ReachSeries>>;
    /** By role. */
    readonly byRole: Readonly<Record<string, ReachSeries>>;
    /** By school: daily means (percentiles at checkpoints). */
    readonly bySchool: Readonly<Record<string, GroupDaily>>;
    /** By department: daily means (percentiles at checkpoints). */
    readonly byDepartment: Readonly<Record<string, GroupDaily>>;
  };
  /** One entry per term ending inside the horizon. */
  readonly terms: readonly CheckpointResult[];
  /** The horizon's last day. */
  readonly end: CheckpointResult;
  /** Per educator (roster order): share of replications reaching them. */
  readonly educatorReachProbability: readonly number[];
  /** The mergeable sums and counts. */
  readonly state: SimulationState;
}
