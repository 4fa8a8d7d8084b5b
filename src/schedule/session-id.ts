import type { LocalDate } from '../calendar/local-date.js';

/**
 * The parts a session id is made of.
 *
 * @example
 * ```ts
 * const parts: SessionIdParts = {
 *   offeringId: 'dept-pd', localDate: '2027-05-12', localStart: '15:30',
 *   schoolId: 's01',
 * };
 * ```
 */
export interface SessionIdParts {
  /** The offering the session belongs to. */
  readonly offeringId: string;
  /** The scheduled local date, `YYYY-MM-DD`. */
  readonly localDate: LocalDate;
  /** The scheduled local start, `HH:mm`. */
  readonly localStart: string;
  /** For school-based sessions: the school. */
  readonly schoolId?: string;
}

/**
 * The stable id of a session: `offering@date` + `Tstart`, and `/school`
 * for school-based sessions. Expanding the same schedule again gives the
 * same ids, which keeps bookings and calendar subscriptions attached.
 *
 * @param parts - offering, scheduled local date and start, and school.
 * @returns the id.
 * @example
 * ```ts
 * sessionId({ offeringId: 'lesson-design', localDate: '2027-05-20', localStart: '14:00' });
 * // 'lesson-design@2027-05-20T14:00'
 * sessionId({ offeringId: 'dept-pd', localDate: '2027-05-12', localStart: '15:30', schoolId: 's01' });
 * // 'dept-pd@2027-05-12T15:30/s01'
 * ```
 */
export function sessionId(parts: SessionIdParts): string {
  const base = `${parts.offeringId}@${parts.localDate}T${parts.localStart}`;
  return parts.schoolId === undefined ? base : `${base}/${parts.schoolId}`;
}

const SESSION_ID = /^(.+)@(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?:\/(.+))?$/;

/**
 * Reads a session id back into its parts.
 *
 * @param id - an id made by {@link sessionId}.
 * @returns the parts, or undefined when the text is not a session id.
 * @example
 * ```ts
 * parseSessionId('dept-pd@2027-05-12T15:30/s01');
 * // { offeringId: 'dept-pd', localDate: '2027-05-12', localStart: '15:30', schoolId: 's01' }
 * parseSessionId('nonsense'); // undefined
 * ```
 */
export function parseSessionId(id: string): SessionIdParts | undefined {
  const match = SESSION_ID.exec(id);
  if (!match) return undefined;

  const [, offeringId, localDate, localStart, schoolId] = match as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  return schoolId === undefined
    ? { offeringId, localDate, localStart }
    : { offeringId, localDate, localStart, schoolId };
}
