import type { AdopterSegment, Role } from '../model/educator.js';
import { ADOPTER_SEGMENTS } from '../model/educator.js';
import type {
  CalibratedBehaviour,
  CalibratedParameter,
  CalibratedRate,
  RateEstimate,
} from './calibration-types.js';
import { CALIBRATED_PARAMETERS } from './calibration-types.js';

const round = (value: number): number => Math.round(value * 1e4) / 1e4;

function rateFor(
  estimates: readonly RateEstimate[],
  feedbackRoles: readonly Role[],
): CalibratedRate | undefined {
  const usable = estimates.filter((e) => e.estimate !== undefined);
  const bySegment: Partial<Record<AdopterSegment, number>> = {};
  const byRole: Partial<Record<Role, number>> = {};

  for (const e of usable) {
    const value = round(e.estimate ?? 0);
    if (e.group.kind === 'segment') bySegment[e.group.segment] = value;
    if (e.group.kind === 'role' && feedbackRoles.includes(e.group.role)) {
      byRole[e.group.role] = value;
    }
  }

  // A roster without segments still yields a district-wide rate: give it
  // to every segment, so the engine's drawn segments all use it.
  const all = usable.find((e) => e.group.kind === 'all');
  if (Object.keys(bySegment).length === 0 && all?.estimate !== undefined) {
    for (const segment of ADOPTER_SEGMENTS) {
      bySegment[segment] = round(all.estimate);
    }
  }

  const rate: { bySegment?: typeof bySegment; byRole?: typeof byRole } = {};
  if (Object.keys(bySegment).length > 0) rate.bySegment = bySegment;
  if (Object.keys(byRole).length > 0) rate.byRole = byRole;
  return Object.keys(rate).length > 0 ? rate : undefined;
}

/**
 * Turns estimates into behaviour rates: segments and the chosen roles
 * that were estimated; the rest keep their defaults by being absent.
 *
 * @internal
 */
export function toBehaviour(
  estimates: readonly RateEstimate[],
  feedbackRoles: readonly Role[],
): CalibratedBehaviour {
  const behaviour: Partial<Record<CalibratedParameter, CalibratedRate>> = {};
  for (const parameter of CALIBRATED_PARAMETERS) {
    const rate = rateFor(
      estimates.filter((e) => e.parameter === parameter),
      feedbackRoles,
    );
    if (rate) behaviour[parameter] = rate;
  }
  return behaviour;
}
