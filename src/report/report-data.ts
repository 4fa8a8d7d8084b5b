/**
 * The reach of one plan at one date: how many educators have had at least
 * one exposure by then, the fidelity-weighted count, and, from a
 * simulation, the range that holds 90% of its replications.
 *
 * @example
 * ```ts
 * const point: ReachPoint = {
 *   date: '2027-07-20',
 *   reached: 61,
 *   effective: 55.2,
 *   low: 52,
 *   high: 70,
 * };
 * ```
 */
export interface ReachPoint {
  /** Local date in the district's zone, `YYYY-MM-DD`. */
  readonly date: string;
  /** Educators reached by this date (a mean over replications). */
  readonly reached: number;
  /** Reached educators weighted by fidelity; missing when not measured. */
  readonly effective?: number;
  /** Educators reached in the 5th percentile of replications, if known. */
  readonly low?: number;
  /** Educators reached in the 95th percentile of replications, if known. */
  readonly high?: number;
}

/**
 * The reach of one plan in one school at the end of the period.
 *
 * @example
 * ```ts
 * const row: SchoolReach = { schoolId: 's01', name: '港中学校', educators: 24, reached: 3 };
 * ```
 */
export interface SchoolReach {
  /** The school's id in the scenario. */
  readonly schoolId: string;
  /** The school's name as it should be shown. */
  readonly name: string;
  /** Educators on the school's roster. */
  readonly educators: number;
  /** Educators of the school reached by the end of the period. */
  readonly reached: number;
}

/**
 * How many educators were reached through one channel.
 *
 * @example
 * ```ts
 * const row: ChannelReach = { channel: 'seminar', reached: 60 };
 * ```
 */
export interface ChannelReach {
  /** A channel such as `seminar`, `cascade` or `micro-learning`. */
  readonly channel: string;
  /** Educators with at least one exposure through this channel. */
  readonly reached: number;
}

/**
 * The share of educators meeting one requirement rule in one term.
 *
 * @example
 * ```ts
 * const row: TermCompliance = {
 *   termId: '2027-t1', name: '1学期',
 *   ruleId: 'one-per-term', ruleName: 'At least one session per term',
 *   share: 0.42,
 * };
 * ```
 */
export interface TermCompliance {
  /** The term's id in the calendar. */
  readonly termId: string;
  /** The term's name as it should be shown. */
  readonly name: string;
  /** The requirement rule's id. */
  readonly ruleId: string;
  /** The rule's name as it should be shown. */
  readonly ruleName: string;
  /** Share of the rule's educators meeting it by the term's end, 0 to 1. */
  readonly share: number;
}

/**
 * What one plan costs the district over the period.
 *
 * @example
 * ```ts
 * const cost: PlanCost = { facilitatorHours: 24, releaseDays: 31.5 };
 * ```
 */
export interface PlanCost {
  /** Hours facilitators spend leading sessions. */
  readonly facilitatorHours: number;
  /** Substitute (release) days needed to free educators during lessons. */
  readonly releaseDays: number;
}

/**
 * Everything the report shows about one plan. Plain data: build it from a
 * simulation's results, or by hand.
 *
 * @example
 * ```ts
 * const plan: ReportPlan = {
 *   name: "Today's plan", educators: 512,
 *   reachOverTime: [{ date: '2028-03-31', reached: 61 }],
 *   reachBySchool: [], channels: [{ channel: 'seminar', reached: 61 }],
 *   cost: { facilitatorHours: 24, releaseDays: 31.5 }, compliance: [],
 * };
 * ```
 */
export interface ReportPlan {
  /** The plan's name, as a planner would call it. */
  readonly name: string;
  /** Educators in the district: the denominator of every share. */
  readonly educators: number;
  /** Reach at successive dates, oldest first. */
  readonly reachOverTime: readonly ReachPoint[];
  /** Reach per school at the end of the period. */
  readonly reachBySchool: readonly SchoolReach[];
  /** Reach per channel at the end of the period. */
  readonly channels: readonly ChannelReach[];
  /** Facilitator hours and release days. */
  readonly cost: PlanCost;
  /** Compliance per term and rule; empty when there are no rules. */
  readonly compliance: readonly TermCompliance[];
}

/**
 * The input of the HTML report: a title and one or more plans to compare.
 *
 * @example
 * ```ts
 * const data: ReportData = { title: 'PD reach 2027', lang: 'en', plans: [plan] };
 * ```
 */
export interface ReportData {
  /** The report's heading. */
  readonly title: string;
  /** A line under the heading, such as the district and the year. */
  readonly subtitle?: string;
  /** BCP 47 language of the page, `en` when missing; `ja` for Japanese. */
  readonly lang?: string;
  /** The plans, each drawn as one series. */
  readonly plans: readonly ReportPlan[];
  /** Remarks printed at the end: assumptions, sources, caveats. */
  readonly notes?: readonly string[];
}
