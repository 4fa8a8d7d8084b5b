/**
 * The default behaviour, in segment order (innovator … laggard). Sources
 * and the reasoning behind each value are in docs/assumptions.md; values
 * without a source are marked there as assumptions.
 *
 * @example
 * ```ts
 * DEFAULT_BEHAVIOUR.wordOfMouth.q; // 0.38
 * ```
 */
export const DEFAULT_BEHAVIOUR = {
  /** Assumption, anchored on TALIS 2018: over 90% attend PD each year. */
  attendIfBooked: [0.95, 0.95, 0.9, 0.85, 0.8],
  /** Assumption: per open session, falling with later segments. */
  optIn: [0.3, 0.2, 0.1, 0.05, 0.02],
  /** Assumption: early segments volunteer for scarce seminar seats. */
  volunteer: [0.9, 0.7, 0.3, 0.1, 0.05],
  /** Assumption calibrated to TALIS 2018 (44% in peer networks). */
  joinCommunity: [0.8, 0.7, 0.5, 0.35, 0.2],
  /** Assumption: weekly completion of the next micro-learning module. */
  moduleCompletionPerWeek: [0.5, 0.4, 0.25, 0.15, 0.08],
  /** Assumption: enrolment when an asynchronous course opens. */
  asyncEnrol: [0.7, 0.5, 0.3, 0.15, 0.05],
  /** With the drop rate below: about 11-16% completion (Jordan 2015). */
  asyncProgressPerWeek: [0.75, 0.75, 0.75, 0.75, 0.75],
  /** Calibrated with the progress rate above (Jordan 2015). */
  asyncDropPerWeek: [0.25, 0.25, 0.25, 0.25, 0.25],
  /** Assumption; quality loss in cascades: Traicoff et al. 2021. */
  leaderActivation: [0.9, 0.85, 0.75, 0.6, 0.5],
  /** Assumption: how strongly a deadline draws those behind to opt in. */
  deadlineBoost: 0.5,
  /** Assumption: half the content is gone after about half a year. */
  forgettingHalfLifeDays: 180,
  /** Assumptions, except the seminar: the source itself. */
  channelFidelity: {
    /** The source. */
    seminar: 1,
    /** Assumption. */
    community: 0.6,
    /** Assumption. */
    'opt-in': 0.9,
    /** Assumption. */
    'department-pd': 0.7,
    /** Assumption. */
    'micro-learning': 0.4,
    /** Assumption. */
    'async-course': 0.6,
    /** Assumption. */
    'word-of-mouth': 0.3,
  },
  /** Sultan, Farley and Lehmann (1990): mean p and q, per year. */
  wordOfMouth: {
    /** On by default. */
    enabled: true,
    /** External coefficient per year. */
    p: 0.03,
    /** Internal coefficient per year. */
    q: 0.38,
    /** Assumption: colleagues at the same school. */
    scope: 'school' as 'school' | 'department',
  },
} as const;
