import { z } from 'zod';
import { ADOPTER_SEGMENTS, ROLES } from '../model/educator.js';

const probabilitySchema = z
  .number()
  .min(0, 'expected a probability from 0 to 1')
  .max(1, 'expected a probability from 0 to 1');

const bySegmentSchema = z.partialRecord(
  z.enum(ADOPTER_SEGMENTS),
  probabilitySchema,
);

const byRoleSchema = z.partialRecord(z.enum(ROLES), probabilitySchema);

/**
 * A probability that may differ by adopter segment and by role. A plain
 * number applies to everyone. In the object form a role entry wins over
 * the segment entry (the highest among an educator's roles), and a segment
 * missing from `bySegment` keeps the library default.
 *
 * @example
 * ```ts
 * rateSchema.parse(0.9);
 * rateSchema.parse({ bySegment: { laggard: 0.02 }, byRole: { 'ict-leader': 0.6 } });
 * ```
 */
export const rateSchema = z.union([
  probabilitySchema,
  z.strictObject({
    /** Probability per adopter segment; a missing one keeps its default. */
    bySegment: bySegmentSchema.optional(),
    /** Probability per role; wins over the segment when the role is held. */
    byRole: byRoleSchema.optional(),
  }),
]);

/**
 * The source fidelity of each channel: how much of the original content an
 * exposure through it carries, before forgetting. Cascade sessions carry the
 * leader's fidelity times `fidelityKept` instead.
 *
 * @example
 * ```ts
 * channelFidelitySchema.parse({ 'micro-learning': 0.4 });
 * ```
 */
export const channelFidelitySchema = z.strictObject({
  /** Central seminar sessions. */
  seminar: probabilitySchema.optional(),
  /** Community and pod meetings of a standing community. */
  community: probabilitySchema.optional(),
  /** Open opt-in sessions. */
  'opt-in': probabilitySchema.optional(),
  /** Department PD sessions. */
  'department-pd': probabilitySchema.optional(),
  /** One micro-learning module. */
  'micro-learning': probabilitySchema.optional(),
  /** One asynchronous course module. */
  'async-course': probabilitySchema.optional(),
  /** Hearing about it from a colleague. */
  'word-of-mouth': probabilitySchema.optional(),
});

/**
 * How educators behave in a simulation: every field is optional and falls
 * back to the documented default (see docs/assumptions.md). Probabilities
 * are per session for attending and opting in, per week for self-paced
 * work, per replication for joining a community or running a pod.
 *
 * @example
 * ```ts
 * behaviourSchema.parse({
 *   optIn: { bySegment: { laggard: 0.01 } },
 *   wordOfMouth: { p: 0.03, q: 0.38, scope: 'department' },
 *   forgettingHalfLifeDays: 120,
 * });
 * ```
 */
export const behaviourSchema = z.strictObject({
  /** Chance of attending a session one is booked on or belongs to. */
  attendIfBooked: rateSchema.optional(),
  /** Chance of asking for a seat in one open opt-in session. */
  optIn: rateSchema.optional(),
  /** Chance of taking a seminar seat when one is offered at one's school. */
  volunteer: rateSchema.optional(),
  /** Chance of joining a school's standing community for the year. */
  joinCommunity: rateSchema.optional(),
  /** Chance of completing the next micro-learning module in a week. */
  moduleCompletionPerWeek: rateSchema.optional(),
  /** Chance of enrolling in an asynchronous course when it opens. */
  asyncEnrol: rateSchema.optional(),
  /** Chance of finishing one more course module in a week. */
  asyncProgressPerWeek: rateSchema.optional(),
  /** Chance of dropping an asynchronous course in a week. */
  asyncDropPerWeek: rateSchema.optional(),
  /** Chance that a trained leader actually runs their pod. */
  leaderActivation: rateSchema.optional(),
  /**
   * How much more likely an educator behind on a requirement is to opt in
   * as the term ends: the chance of not opting in shrinks by
   * `deadlineBoost` times the share of the term gone.
   */
  deadlineBoost: probabilitySchema.optional(),
  /** Share of fidelity a cascade keeps from one level to the next. */
  fidelityKept: probabilitySchema.optional(),
  /** Calendar days after which half the fidelity of an exposure is gone. */
  forgettingHalfLifeDays: z.number().gt(0).max(100_000).optional(),
  /** Source fidelity by channel. */
  channelFidelity: channelFidelitySchema.optional(),
  /** Bass-type peer contagion; coefficients are per school year. */
  wordOfMouth: z
    .strictObject({
      /** Off turns the channel off; on by default. */
      enabled: z.boolean().optional(),
      /** External influence per school year; 0.03 by default. */
      p: z.number().min(0).max(10).optional(),
      /** Internal (imitation) influence per school year; 0.38 by default. */
      q: z.number().min(0).max(10).optional(),
      /** Peer group: the school, or the school's department. */
      scope: z.enum(['school', 'department']).optional(),
    })
    .optional(),
});

/** A probability by segment and role. */
export type Rate = z.infer<typeof rateSchema>;
/** Source fidelity by channel. */
export type ChannelFidelity = z.infer<typeof channelFidelitySchema>;
/** How educators behave in a simulation. */
export type Behaviour = z.infer<typeof behaviourSchema>;
