import type { AdopterSegment } from '../model/educator.js';

/**
 * Probabilities {@link expectedReach} uses when neither the level, the
 * plan nor the call sets them. Both are assumptions, not measurements:
 *
 * - `leaderActivation` 0.8: no study we know of measures how many trained
 *   teachers go on to lead; set it from your own records.
 * - `attendance` 0.9: over 90% of teachers in OECD countries attend at
 *   least one PD activity a year (TALIS 2018); we read that as the chance
 *   an invited pod member comes at least once.
 *
 * See docs/cascades.md for the reasoning and the sources.
 *
 * @example
 * ```ts
 * DEFAULT_CASCADE_BEHAVIOUR.attendance; // 0.9
 * ```
 */
export const DEFAULT_CASCADE_BEHAVIOUR = {
  leaderActivation: 0.8,
  attendance: 0.9,
} as const;

/**
 * The value of `ledBy` that names the source offering's attendees.
 *
 * @example
 * ```ts
 * SOURCE_LEVEL; // 'source'
 * ```
 */
export const SOURCE_LEVEL = 'source';

/**
 * The order in which adopter segments are preferred as leaders when a plan
 * selects `by: 'segment'` without listing segments: early adopters first,
 * then innovators, then the rest in Rogers' order. Rogers finds the most
 * opinion leadership among early adopters; innovators are venturesome but
 * less often followed by their peers (Diffusion of Innovations, ch. 7).
 *
 * @example
 * ```ts
 * LEADER_SEGMENT_ORDER[0]; // 'early-adopter'
 * ```
 */
export const LEADER_SEGMENT_ORDER: readonly AdopterSegment[] = [
  'early-adopter',
  'innovator',
  'early-majority',
  'late-majority',
  'laggard',
];
