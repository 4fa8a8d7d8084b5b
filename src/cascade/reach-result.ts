/**
 * Expected reach of one level across the plan's schools.
 *
 * @example
 * ```ts
 * const level: ExpectedLevelReach = {
 *   level: 1, levelId: 'pods', reached: 272.16, uncappedMean: 272.16,
 *   uncappedVariance: 321.15, fidelity: 0.75, date: '2027-05-25', termId: 't1',
 * };
 * ```
 */
export interface ExpectedLevelReach {
  /** 0 for the first leaders, 1 for the educators they reach, … */
  readonly level: number;
  /** The level's id; `source` (or `leaders` for a community) at level 0. */
  readonly levelId: string;
  /** Expected educators reached, capped at each school's staff left. */
  readonly reached: number;
  /** `n0 · (a·k·c)^l` summed over schools, with no cap. */
  readonly uncappedMean: number;
  /** Variance of the uncapped branching process, summed over schools. */
  readonly uncappedVariance: number;
  /** Share of the content kept at this level. */
  readonly fidelity: number;
  /** The day the level first meets at the first school that has one. */
  readonly date?: string;
  /** The term of that day. */
  readonly termId?: string;
}

/**
 * Expected reach at one school.
 *
 * @example
 * ```ts
 * const school: ExpectedSchoolReach = {
 *   schoolId: 's01', headcount: 24, leaders: 3, reachedByLevel: [3, 12.96, 8.04],
 *   reached: 24, meanFidelity: 0.6634,
 * };
 * ```
 */
export interface ExpectedSchoolReach {
  /** The school. */
  readonly schoolId: string;
  /** Its educators. */
  readonly headcount: number;
  /** Its first leaders, `n0`. */
  readonly leaders: number;
  /** Expected reach per level, level 0 first, capped. */
  readonly reachedByLevel: readonly number[];
  /** Expected reach over all levels. */
  readonly reached: number;
  /** Fidelity averaged over the expected reach; 0 when nobody is reached. */
  readonly meanFidelity: number;
}

/**
 * Expected reach of the educators whose first pod session (or training)
 * falls in one term.
 *
 * @example
 * ```ts
 * const term: ExpectedTermReach = {
 *   yearId: '2027', termId: 't1', reached: 340.2, cumulative: 340.2,
 *   meanFidelity: 0.83,
 * };
 * ```
 */
export interface ExpectedTermReach {
  /** The academic year holding the term. */
  readonly yearId: string;
  /** The term. */
  readonly termId: string;
  /** Expected educators first reached in this term. */
  readonly reached: number;
  /** Expected educators reached by the end of this term. */
  readonly cumulative: number;
  /** Fidelity averaged over this term's reach; 0 when nobody. */
  readonly meanFidelity: number;
}

/**
 * Expected reach of one cascade or community.
 *
 * @example
 * ```ts
 * const reach = expectedReach(scenario).cascades[0];
 * reach?.reached; // 468.3
 * ```
 */
export interface CascadeExpectedReach {
  /** The plan's id. */
  readonly cascadeId: string;
  /** `cascade` or `community`. */
  readonly kind: 'cascade' | 'community';
  /** Educators of the schools the plan covers. */
  readonly headcount: number;
  /** Expected educators reached over all levels. */
  readonly reached: number;
  /** `reached / headcount`; 0 for an empty plan. */
  readonly share: number;
  /** Fidelity averaged over the expected reach. */
  readonly meanFidelity: number;
  /** Per level, level 0 first. */
  readonly levels: readonly ExpectedLevelReach[];
  /** Per school, in district order. */
  readonly schools: readonly ExpectedSchoolReach[];
  /** Per term that holds reach, in calendar order. */
  readonly terms: readonly ExpectedTermReach[];
  /** Expected reach of levels that found no day to meet. */
  readonly undated: number;
}

/**
 * What {@link expectedReach} returns: one entry per plan.
 *
 * @example
 * ```ts
 * expectedReach(scenario).cascades.map((c) => c.share); // [0.93]
 * ```
 */
export interface ExpectedReachResult {
  /** One entry per plan, in scenario order. */
  readonly cascades: readonly CascadeExpectedReach[];
}
