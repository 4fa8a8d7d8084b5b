import { tzOffset } from '@date-fns/tz';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * The instant at which a wall-clock time happens in a zone, worked out from
 * the zone's UTC offsets alone, so the host's own zone plays no part.
 *
 * `wall` is the wall-clock time written as if it were UTC (`Date.UTC` of
 * its fields). A zone changes its offset at most once in a day either side,
 * so the offsets a day before and a day after give the only candidates. A
 * candidate is real when the zone has that offset at that instant. With two
 * real candidates (a fall-back hour) the earlier wins; with none (a
 * spring-forward gap) the time is moved forward by the gap.
 *
 * @returns the instant in milliseconds and whether it was moved, or
 *   undefined when the zone is unknown.
 * @internal
 */
export function wallClockToInstant(
  wall: number,
  timeZone: string,
): { readonly at: number; readonly shifted: boolean } | undefined {
  const before = tzOffset(timeZone, new Date(wall - MS_PER_DAY));
  const after = tzOffset(timeZone, new Date(wall + MS_PER_DAY));
  if (!Number.isFinite(before) || !Number.isFinite(after)) return undefined;

  const real = [before, after]
    .map((offset) => ({ offset, at: wall - offset * MS_PER_MINUTE }))
    .filter(({ offset, at }) => tzOffset(timeZone, new Date(at)) === offset)
    .map(({ at }) => at);
  if (real.length > 0) return { at: Math.min(...real), shifted: false };

  // In the gap the clocks jumped from `before` to `after`: reading the time
  // with the old offset lands the same distance past the jump.
  return { at: wall - before * MS_PER_MINUTE, shifted: true };
}
