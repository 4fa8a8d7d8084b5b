import type { Session } from './session.js';

/**
 * Pairs of sessions whose times overlap, found per key (an educator, a
 * facilitator, a location). Sessions are swept in start order, so the cost
 * is the sort plus the pairs found.
 *
 * @internal
 */
export function overlappingPairs(
  byKey: ReadonlyMap<string, readonly Session[]>,
): { key: string; first: Session; second: Session }[] {
  const pairs: { key: string; first: Session; second: Session }[] = [];

  for (const [key, sessions] of byKey) {
    if (sessions.length < 2) continue;
    const timed = sessions
      .map((session) => ({
        session,
        start: Date.parse(session.start),
        end: Date.parse(session.end),
      }))
      .sort((a, b) => a.start - b.start || compareIds(a.session, b.session));

    let open: typeof timed = [];
    for (const current of timed) {
      // Touching ends (one at 16:00, the next from 16:00) do not overlap.
      open = open.filter((earlier) => earlier.end > current.start);
      for (const earlier of open) {
        pairs.push({ key, first: earlier.session, second: current.session });
      }
      open.push(current);
    }
  }
  return pairs;
}

/**
 * Orders sessions by start instant, then id: the order every list of
 * sessions in reachplan uses.
 *
 * @internal
 */
export function compareSessions(a: Session, b: Session): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return compareIds(a, b);
}

function compareIds(a: Session, b: Session): number {
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * Adds a value to the list kept under a key.
 *
 * @internal
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
