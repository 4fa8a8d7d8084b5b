/**
 * Expected reach of one level across the plan's schools.
 *
 * @example
 * ```ts
 * const level: ExpectedLevelReach = {
 *   level: 1, levelId: 'pods', reached: 272.16, uncappedMean: 272.16,
 *   uncappedVariance: 321.1488, fidelity: 0.75, date: '2027-06-18',
 *   termId: '2027-28-t1',
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
 *   schoolId: 's01', headcount: 17, leaders: 3,
 *   reachedByLevel: [3, 12.96, 1.04], reached: 17, meanFidelity: 0.7826,
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
 *   yearId: '2027-28', termId: '2027-28-t1', reached: 512, cumulative: 512,
 *   meanFidelity: 0.716,
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
 * // the example city, two levels of pods of six, a = 0.8, c = 0.9:
 * // the cap fills every school by level 2
 * reach?.reached; // 512
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
  /**
   * Expected reach counted in `reached` but in no term: a community's
   * leaders at a school where its offering never meets, or a level whose
   * first day lies outside every term.
   */
  readonly undated: number;
  /**
   * Expected reach the calendar rules out, not counted in `reached`: what
   * the levels that found no day to meet at a school (and the levels below
   * them) would have reached there.
   */
  readonly unmet: number;
}

/**
 * What {@link expectedReach} returns: one entry per plan.
 *
 * @example
 * ```ts
 * expectedReach(scenario).cascades.map((c) => c.share); // [1]
 * ```
 */
export interface ExpectedReachResult {
  /** One entry per plan, in scenario order. */
  readonly cascades: readonly CascadeExpectedReach[];
}
