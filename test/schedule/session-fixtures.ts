import type { Session } from '../../src/index.js';

/**
 * A session on a given local date in UTC (so instants are easy to read),
 * 16:00 to 17:00 unless told otherwise.
 */
export function makeSession(
  offeringId: string,
  localDate: string,
  extra: Partial<Session> = {},
): Session {
  const localStart = extra.localStart ?? '16:00';
  const minutes = extra.durationMinutes ?? 60;
  const start = new Date(`${localDate}T${localStart}:00.000Z`);
  const end = new Date(start.getTime() + minutes * 60_000);
  return {
    id: `${offeringId}@${localDate}T${localStart}`,
    offeringId,
    start: start.toISOString(),
    end: end.toISOString(),
    localDate,
    localStart,
    durationMinutes: minutes,
    yearId: '2027',
    termId: '2027-t1',
    venue: 'central',
    facilitators: [],
    status: 'scheduled',
    ...extra,
  };
}

/** An ISO instant a given number of minutes after 2027-04-01 00:00 UTC. */
export function at(minutes: number): string {
  return new Date(Date.UTC(2027, 3, 1) + minutes * 60_000).toISOString();
}
