/**
 * One step of a branching cascade: every educator reached at the level
 * above becomes a leader, who runs pods with probability `activation`,
 * invites `invited` colleagues, each of whom attends with probability
 * `attendance`.
 *
 * @example
 * ```ts
 * const step: BranchingStep = { activation: 0.8, invited: 6, attendance: 0.9 };
 * ```
 */
export interface BranchingStep {
  /** Chance that a trained leader runs their pods at all. */
  readonly activation: number;
  /** Colleagues a leader invites: pods per leader times the pod size. */
  readonly invited: number;
  /** Chance that an invited colleague attends. */
  readonly attendance: number;
}

/**
 * Mean and variance of the number reached at one level.
 *
 * @example
 * ```ts
 * // three leaders, a = 0.8, six invited, c = 0.9
 * const level: LevelMoments = { level: 1, mean: 12.96, variance: 15.2928 };
 * ```
 */
export interface LevelMoments {
  /** 0 for the first leaders, 1 for the educators they reach, … */
  readonly level: number;
  /** Expected number reached at this level. */
  readonly mean: number;
  /** Variance of the number reached at this level. */
  readonly variance: number;
}

/**
 * The exact mean and variance per level of the uncapped branching process
 * (a Galton–Watson process with one offspring law per level). A leader's
 * offspring is `B · Binomial(invited, attendance)` with `B` a Bernoulli of
 * `activation`, so with `m = a·k·c`:
 *
 * - mean: `Z_l = Z_{l-1} · m`, hence `n0 · (a·k·c)^l` when every level is
 *   alike;
 * - offspring variance: `σ² = a·k·c·(1−c) + a·(1−a)·(k·c)²`;
 * - `Var Z_l = E[Z_{l-1}] · σ² + m² · Var Z_{l-1}`, with `Var Z_0 = 0`.
 *
 * Nobody is reached twice and schools never run out of staff in this
 * model; {@link expectedReach} caps the means at each school's headcount.
 *
 * @param leaders - the first leaders, `n0`, a fixed number.
 * @param steps - one step per level below the leaders.
 * @returns `steps.length + 1` entries, level 0 first.
 * @example
 * ```ts
 * branchingMoments(3, [{ activation: 1, invited: 6, attendance: 1 }]);
 * // [{ level: 0, mean: 3, variance: 0 }, { level: 1, mean: 18, variance: 0 }]
 * ```
 */
export function branchingMoments(
  leaders: number,
  steps: readonly BranchingStep[],
): LevelMoments[] {
  const moments: LevelMoments[] = [{ level: 0, mean: leaders, variance: 0 }];

  let mean = leaders;
  let variance = 0;
  steps.forEach((step, i) => {
    const { activation: a, invited: k, attendance: c } = step;
    const m = a * k * c;
    const sigma2 = a * k * c * (1 - c) + a * (1 - a) * (k * c) ** 2;

    variance = mean * sigma2 + m * m * variance;
    mean *= m;
    moments.push({ level: i + 1, mean, variance });
  });

  return moments;
}

/**
 * Expected reach per level at one school, capped so that no level reaches
 * more educators than the school has left: `R_l = min(m_l · R_{l-1},
 * H − R_0 − … − R_{l-1})`. This mean-field cap is exact without the cap and
 * an approximation with it (the mean of a minimum is at most the minimum
 * of the means).
 *
 * @param headcount - the school's educators in scope, `H`.
 * @param leaders - the first leaders, `n0`.
 * @param steps - one step per level below the leaders.
 * @returns the expected number reached per level, level 0 first.
 * @example
 * ```ts
 * const step = { activation: 1, invited: 6, attendance: 1 };
 * cappedReach(24, 3, [step, step]); // [3, 18, 3]
 * ```
 */
export function cappedReach(
  headcount: number,
  leaders: number,
  steps: readonly BranchingStep[],
): number[] {
  const first = Math.min(leaders, headcount);
  const reach = [first];

  let left = headcount - first;
  let previous = first;
  for (const step of steps) {
    const wanted = previous * step.activation * step.invited * step.attendance;
    const reached = Math.min(wanted, left);
    reach.push(reached);
    left -= reached;
    previous = reached;
  }

  return reach;
}
