import { z } from 'zod';
import { adopterSegmentSchema, roleSchema } from '../model/educator.js';
import { idSchema } from '../model/primitives.js';

/**
 * How a plan picks its first leaders at each school, written in a scenario
 * file. A caller of {@link planCascade} can also pass its own function.
 *
 * - `role`: educators holding one of `roles`, in the order listed (the ICT
 *   leader first, say).
 * - `segment`: educators of the listed adopter segments, in the order
 *   listed ({@link LEADER_SEGMENT_ORDER}, early adopters first, when
 *   missing). Educators whose segment is unknown qualify only with
 *   `includeUnknown`, and come last.
 * - `department`: one educator per department, largest department first,
 *   a department head preferred, then by segment as above.
 * - `list`: exactly these educators.
 *
 * @example
 * ```ts
 * leaderSelectionSchema.parse({ by: 'role', roles: ['ict-leader'] });
 * leaderSelectionSchema.parse({ by: 'segment', segments: ['early-adopter'] });
 * ```
 */
export const leaderSelectionSchema = z.discriminatedUnion('by', [
  z.strictObject({
    by: z.literal('role'),
    roles: z.array(roleSchema).min(1).max(20),
  }),
  z.strictObject({
    by: z.literal('segment'),
    segments: z.array(adopterSegmentSchema).min(1).max(5).optional(),
    includeUnknown: z.boolean().optional(),
  }),
  z.strictObject({ by: z.literal('department') }),
  z.strictObject({
    by: z.literal('list'),
    educatorIds: z.array(idSchema).min(1).max(100_000),
  }),
]);

/** How a plan picks its first leaders. */
export type LeaderSelection = z.infer<typeof leaderSelectionSchema>;
