import { z } from 'zod';
import { idSchema } from '../model/primitives.js';

/**
 * The channels through which an educator can be exposed to content.
 *
 * @example
 * ```ts
 * CHANNELS.includes('word-of-mouth'); // true
 * ```
 */
export const CHANNELS = [
  'seminar',
  'cascade',
  'community',
  'opt-in',
  'department-pd',
  'micro-learning',
  'async-course',
  'word-of-mouth',
] as const;

/**
 * A channel of exposure such as `seminar` or `cascade`.
 *
 * @example
 * ```ts
 * channelSchema.parse('micro-learning');
 * ```
 */
export const channelSchema = z.enum(CHANNELS);

/**
 * A record that an educator took part in a session or completed a module or
 * course. Hours and credits are derived from these.
 *
 * @example
 * ```ts
 * participationSchema.parse({
 *   kind: 'session', educatorId: 'e001', offeringId: 'lesson-design',
 *   sessionId: 'lesson-design@2027-05-20T14:00', at: '2027-05-20T05:00:00.000Z',
 *   minutes: 180, channel: 'seminar',
 * });
 * ```
 */
export const participationSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** A session attended, in full or in part. */
    kind: z.literal('session'),
    /** Who took part. */
    educatorId: idSchema,
    /** The offering the session belongs to. */
    offeringId: idSchema,
    /** The session attended, as made by `sessionId`. */
    sessionId: idSchema,
    /** When it happened, ISO 8601. */
    at: z.iso.datetime({ offset: true }),
    /** Minutes attended; less than the session for a partial attendance. */
    minutes: z
      .number()
      .min(0)
      .max(24 * 60),
    /** How the educator was reached. */
    channel: channelSchema,
  }),
  z.strictObject({
    /** A module, or a whole self-paced course, completed. */
    kind: z.enum(['module', 'course']),
    /** Who completed it. */
    educatorId: idSchema,
    /** The self-paced offering. */
    offeringId: idSchema,
    /** Module number, 1-based, for module completions. */
    module: z.int().min(1).optional(),
    /** When it was completed, ISO 8601. */
    at: z.iso.datetime({ offset: true }),
    /** Minutes of learning it stands for. */
    minutes: z.number().min(0).max(100_000),
    /** How the educator was reached. */
    channel: channelSchema,
  }),
]);

/** A channel of exposure. */
export type Channel = z.infer<typeof channelSchema>;
/** A record of taking part. */
export type Participation = z.infer<typeof participationSchema>;
