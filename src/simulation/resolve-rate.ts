import { ADOPTER_SEGMENTS, ROLES } from '../model/educator.js';
import type { Rate } from './behaviour-schema.js';

/**
 * A rate resolved for the engine: one probability per segment, and per
 * educator a role override (NaN where none applies), so the hot loop reads
 * two typed arrays and never an object.
 *
 * @internal
 */
export interface ResolvedRate {
  readonly bySegment: Float64Array;
  readonly roleOverride: Float64Array | undefined;
}

/**
 * Resolves a user rate against the library defaults.
 *
 * @internal
 */
export function resolveRate(
  rate: Rate | undefined,
  defaults: readonly number[],
  roleBits: Uint16Array,
): ResolvedRate {
  const bySegment = Float64Array.from(defaults);
  if (rate === undefined) return { bySegment, roleOverride: undefined };
  if (typeof rate === 'number') {
    bySegment.fill(rate);
    return { bySegment, roleOverride: undefined };
  }

  ADOPTER_SEGMENTS.forEach((segment, s) => {
    const value = rate.bySegment?.[segment];
    if (value !== undefined) bySegment[s] = value;
  });
  const byRole = ROLES.map((role) => rate.byRole?.[role]);
  if (byRole.every((value) => value === undefined)) {
    return { bySegment, roleOverride: undefined };
  }
  return { bySegment, roleOverride: roleOverrides(byRole, roleBits) };
}

// The highest override among an educator's roles applies.
function roleOverrides(
  byRole: readonly (number | undefined)[],
  roleBits: Uint16Array,
): Float64Array {
  const out = new Float64Array(roleBits.length).fill(Number.NaN);
  for (let i = 0; i < roleBits.length; i += 1) {
    const bits = roleBits[i] ?? 0;
    byRole.forEach((value, r) => {
      if (value === undefined || (bits & (1 << r)) === 0) return;
      const current = out[i] ?? Number.NaN;
      if (Number.isNaN(current) || value > current) out[i] = value;
    });
  }
  return out;
}

/**
 * The probability for one educator.
 *
 * @internal
 */
export function rateOf(
  rate: ResolvedRate,
  educator: number,
  segment: number,
): number {
  const override = rate.roleOverride?.[educator];
  if (override !== undefined && !Number.isNaN(override)) return override;
  return rate.bySegment[segment] ?? 0;
}
