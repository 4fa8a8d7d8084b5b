import type { RequirementStatus } from './report-types.js';

/**
 * One part of a target and what is left to meet it. Most rules have one
 * part; `category-coverage` has one per category not yet covered.
 *
 * @internal
 */
export interface TargetPart {
  readonly needed: number;
  readonly left: number;
}

/**
 * Applies the status rules documented on {@link REQUIREMENT_STATUSES}.
 *
 * @internal
 */
export function classify(
  target: number,
  progress: number,
  parts: readonly TargetPart[],
  elapsedShare: number,
): RequirementStatus {
  if (parts.every((part) => part.needed <= 0)) return 'met';
  if (parts.some((part) => part.left < part.needed)) return 'behind';

  const thin = parts.some(
    (part) => part.needed > 0 && part.left < 2 * part.needed,
  );
  const pace = Math.floor(target * Math.min(1, Math.max(0, elapsedShare)));
  return thin || progress < pace ? 'at-risk' : 'on-track';
}
