import type { RandomStream } from '../random/stream.js';
import { CHANNEL } from './channels.js';
import type { CompiledScenario } from './compiled.js';
import type { World } from './world.js';

const WORD_OF_MOUTH = CHANNEL.wordOfMouth;

/**
 * The chance that an unreached educator is reached by word of mouth in one
 * step, from Bass coefficients per year: the hazard `p + q·F` acts for
 * `step` years, so the chance is `1 − e^{−(p + q·F)·step}`.
 *
 * @param p - external coefficient per year.
 * @param q - internal coefficient per year.
 * @param reachedShare - F, the share of the peer group already reached.
 * @param step - the step in years (1 / school days in the year).
 * @returns a probability.
 * @example
 * ```ts
 * bassStepProbability(0.03, 0.38, 0, 1 / 200); // ≈ 0.00015
 * ```
 */
export function bassStepProbability(
  p: number,
  q: number,
  reachedShare: number,
  step: number,
): number {
  return 1 - Math.exp(-(p + q * reachedShare) * step);
}

/**
 * The exact discrete-time Bass recursion the engine follows in the mean:
 * `F_{t+1} = F_t + (1 − F_t)·(1 − e^{−(p + q·F_t)·step})`.
 *
 * @param p - external coefficient per year.
 * @param q - internal coefficient per year.
 * @param steps - the step of each day in years (0 on days without school).
 * @returns the reached share after each step.
 * @example
 * ```ts
 * const curve = bassRecursion(0.03, 0.38, new Array(200).fill(1 / 200));
 * curve[199]; // ≈ 0.036 after one school year
 * ```
 */
export function bassRecursion(
  p: number,
  q: number,
  steps: readonly number[],
): number[] {
  const out: number[] = [];
  let share = 0;
  for (const step of steps) {
    share += (1 - share) * bassStepProbability(p, q, share, step);
    out.push(share);
  }
  return out;
}

/**
 * One day of word of mouth. Within each peer group the unreached are
 * equally likely to be reached, so the engine skips geometrically between
 * the ones reached instead of drawing for everyone: the cost follows the
 * number reached, not the group's size.
 *
 * @internal
 */
export function spreadWordOfMouth(
  world: World,
  compiled: CompiledScenario,
  day: number,
  stream: RandomStream,
  buffer: Int32Array,
): void {
  const { p, q } = compiled.behaviour.wordOfMouth;
  const step = compiled.days.bassStep[day] ?? 0;
  if (step === 0) return;
  const epochDay = compiled.days.epochDay[day] ?? 0;
  const source = compiled.behaviour.channelFidelity[WORD_OF_MOUTH] ?? 0;
  const groups = compiled.roster.peerGroups;

  for (let g = 0; g < groups; g += 1) {
    const start = world.peerStart[g] ?? 0;
    const size = (world.peerStart[g + 1] ?? 0) - start;
    const unreached = world.peerUnreached[g] ?? 0;
    if (unreached === 0) continue;

    // The hazard h gives a chance 1 − e^{−h}, so log(1 − chance) is −h.
    const hazard = (p + (q * (size - unreached)) / size) * step;
    const picked = pickGeometric(
      unreached,
      hazard,
      stream,
      buffer,
      start,
      world,
    );
    for (let k = 0; k < picked; k += 1) {
      world.expose(buffer[k] ?? 0, day, epochDay, WORD_OF_MOUTH, source);
    }
  }
}

// Positions of successes in `count` Bernoulli trials of chance 1 − e^{−h},
// found by geometric jumps; the educators are copied out before anyone is
// moved.
function pickGeometric(
  count: number,
  hazard: number,
  stream: RandomStream,
  buffer: Int32Array,
  start: number,
  world: World,
): number {
  if (hazard <= 0) return 0;
  let picked = 0;
  let at = -1;
  for (;;) {
    const u = 1 - stream.next();
    at += 1 + Math.floor(Math.log(u) / -hazard);
    if (at >= count) return picked;
    buffer[picked++] = world.peerOrder[start + at] ?? 0;
  }
}
