import { z } from 'zod';
import type { SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import { safeParseWith } from '../model/zod-issues.js';
import type { Participation } from './participation.js';
import { participationSchema } from './participation.js';

const participationsSchema = z.array(participationSchema).max(50_000_000);

/**
 * Validates participation records, for example rows read from an LMS
 * export, and returns every issue found, never throwing.
 *
 * @param input - anything, typically an array of plain objects.
 * @returns the records, or every issue with its path (`[12, 'minutes']`).
 * @example
 * ```ts
 * const result = safeParseParticipations([{ kind: 'course', educatorId: 'e1' }]);
 * if (!result.success) result.issues[0]?.path; // [0, 'offeringId']
 * ```
 */
export function safeParseParticipations(
  input: unknown,
): SafeResult<Participation[]> {
  return safeParseWith(participationsSchema, input);
}

/**
 * Validates participation records and returns them typed.
 *
 * @param input - anything, typically an array of plain objects.
 * @returns the records.
 * @throws {@link ReachplanError} carrying every issue found.
 * @example
 * ```ts
 * const records = parseParticipations(JSON.parse(text));
 * records.length; // 1204
 * ```
 */
export function parseParticipations(input: unknown): Participation[] {
  return unwrapResult(safeParseParticipations(input));
}
