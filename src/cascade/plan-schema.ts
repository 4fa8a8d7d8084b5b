import { z } from 'zod';
import {
  idSchema,
  localTimeSchema,
  weekdaySchema,
} from '../model/primitives.js';
import { leaderSelectionSchema } from './leader-selection-schema.js';

/**
 * Whom a leader gathers into a pod at their own school:
 *
 * - `pod`: any colleague, colleagues of the leader's department first;
 * - `department`: only colleagues who share a department with the leader;
 * - `school`: any colleague, with no preference for departments.
 *
 * @example
 * ```ts
 * audienceSchema.parse('department');
 * ```
 */
export const audienceSchema = z.enum(['pod', 'department', 'school']);

/**
 * Members of one pod, not counting its leader; both bounds inclusive.
 *
 * @example
 * ```ts
 * podSizeSchema.parse({ min: 3, max: 6 });
 * ```
 */
export const podSizeSchema = z.strictObject({
  min: z.int().min(1).max(1000),
  max: z.int().min(1).max(1000),
});

/**
 * Probabilities used by {@link expectedReach}. Checked to lie in [0, 1];
 * defaults in {@link DEFAULT_CASCADE_BEHAVIOUR}.
 *
 * @example
 * ```ts
 * cascadeBehaviourSchema.parse({ leaderActivation: 0.7, attendance: 0.85 });
 * ```
 */
export const cascadeBehaviourSchema = z.strictObject({
  /** Chance that a trained leader actually runs their pods. */
  leaderActivation: z.number().optional(),
  /** Chance that an invited pod member attends at least one session. */
  attendance: z.number().optional(),
});

/**
 * One level of a cascade: who leads, whom they reach, how many sessions,
 * how soon, and how much of the content survives.
 *
 * @example
 * ```ts
 * cascadeLevelSchema.parse({
 *   id: 'pods', ledBy: 'source', audience: 'pod', podSize: { min: 3, max: 6 },
 *   sessionsPerLeader: 2, withinSchoolDays: 10, weekdays: ['tue', 'thu'],
 *   startTime: '16:00', durationMinutes: 45, fidelityKept: 0.75,
 * });
 * ```
 */
export const cascadeLevelSchema = z.strictObject({
  id: idSchema,
  /** `source` for the first level, else the id of the level above. */
  ledBy: idSchema,
  audience: audienceSchema,
  podSize: podSizeSchema,
  /** Sessions each leader runs with each of their pods. */
  sessionsPerLeader: z.int().min(1).max(100),
  /** Sessions run within this many school days of the leader's training. */
  withinSchoolDays: z.int().min(1).max(400),
  /** Weekdays sessions may fall on; the school weekdays when missing. */
  weekdays: z.array(weekdaySchema).min(1).max(7).optional(),
  startTime: localTimeSchema,
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  /** Share of the content kept from the leader to the pod, in (0, 1]. */
  fidelityKept: z.number(),
  /** The most pods one leader takes; 1 when missing. */
  maxPodsPerLeader: z.int().min(1).max(100).optional(),
  /** Overrides the plan's behaviour for this level. */
  behaviour: cascadeBehaviourSchema.optional(),
});

const common = {
  id: idSchema,
  name: z.string().min(1).max(300),
  leaderSelection: leaderSelectionSchema,
  /** The most first leaders per school; the source's seats also hold. */
  leadersPerSchool: z.int().min(1).max(10_000).optional(),
  /** The schools the plan covers; every school when missing. */
  schoolIds: z.array(idSchema).min(1).max(100_000).optional(),
  behaviour: cascadeBehaviourSchema.optional(),
};

/**
 * A plan that carries learning into schools, discriminated by `kind`.
 *
 * A `cascade` (train-the-trainer) starts from a scheduled offering whose
 * attendees become the first leaders; each level's trained educators lead
 * the next level. The last level repeats until `maxDepth` levels ran.
 *
 * A `community` is a standing school community: leaders chosen from the
 * roster (early adopters, specialists) lead pods that meet on the dates of
 * a scheduled offering, typically of format `community`, monthly say.
 *
 * @example
 * ```ts
 * cascadePlanSchema.parse({
 *   kind: 'cascade', id: 'design-cascade', name: 'Lesson design back at school',
 *   sourceOfferingId: 'lesson-design', leaderSelection: { by: 'segment' },
 *   levels: [{
 *     id: 'pods', ledBy: 'source', audience: 'pod', podSize: { min: 3, max: 6 },
 *     sessionsPerLeader: 1, withinSchoolDays: 10, startTime: '16:00',
 *     durationMinutes: 45, fidelityKept: 0.75,
 *   }],
 *   maxDepth: 2,
 * });
 * ```
 */
export const cascadePlanSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('cascade'),
    ...common,
    /** The scheduled offering whose attendees become the first leaders. */
    sourceOfferingId: idSchema,
    /** Which session of the source trains the leaders; 1 (first) default. */
    sourceSession: z.int().min(1).max(10_000).optional(),
    levels: z.array(cascadeLevelSchema).min(1).max(20),
    /** Levels to run; the last level repeats. `levels.length` default. */
    maxDepth: z.int().min(1).max(20).optional(),
  }),
  z.strictObject({
    kind: z.literal('community'),
    ...common,
    /** The scheduled offering whose sessions are the meetings. */
    offeringId: idSchema,
    audience: audienceSchema,
    podSize: podSizeSchema,
    /** Share of the content that reaches members, in (0, 1]. */
    fidelityKept: z.number(),
    /** The most pods one leader takes; 1 when missing. */
    maxPodsPerLeader: z.int().min(1).max(100).optional(),
  }),
]);

/** A cascade or standing community plan. */
export type CascadePlan = z.infer<typeof cascadePlanSchema>;
/** A train-the-trainer cascade plan. */
export type TrainTheTrainerPlan = Extract<CascadePlan, { kind: 'cascade' }>;
/** A standing school community plan. */
export type CommunityPlan = Extract<CascadePlan, { kind: 'community' }>;
/** One level of a cascade. */
export type CascadeLevel = z.infer<typeof cascadeLevelSchema>;
/** Whom a leader gathers into a pod. */
export type Audience = z.infer<typeof audienceSchema>;
/** Pod size bounds. */
export type PodSize = z.infer<typeof podSizeSchema>;
/** Probabilities used by expected reach. */
export type CascadeBehaviour = z.infer<typeof cascadeBehaviourSchema>;
/** A cascade or community plan as written in a scenario file. */
export type CascadePlanInput = z.input<typeof cascadePlanSchema>;
/** One level as written in a scenario file. */
export type CascadeLevelInput = z.input<typeof cascadeLevelSchema>;
