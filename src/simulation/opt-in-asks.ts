import { keyedUniform } from '../random/stream.js';
import type { ReplicationContext } from './context.js';
import { rateOf } from './resolve-rate.js';

/**
 * Who asks for a seat at an open session, written into `ctx.scratch`;
 * returns how many. Each eligible educator who works that weekday asks
 * with their opt-in chance; those behind on a sessions-per-term rule that
 * covers them ask more as the term runs out, with chance
 * `1 − (1 − base)(1 − boost · elapsed)`.
 *
 * Each educator's draw is keyed by the session and by them (`key`), so two
 * plans compared on common random numbers ask the same educator with the
 * same draw: a plan with higher chances has every asker of a lower one.
 * The loop runs for everyone eligible at every open session, so it reads
 * typed arrays only.
 *
 * @internal
 */
export function askForSeats(
  ctx: ReplicationContext,
  eligible: Int32Array,
  day: number,
  key: number,
): number {
  const { behaviour, days, roster } = ctx.compiled;
  const keep = 1 - behaviour.deadlineBoost * (days.termElapsed[day] ?? 0);
  const workday = 1 << (days.weekday[day] ?? 0);
  const { availability } = roster;
  const { segment } = ctx.world;
  const { behind } = ctx.quota;
  const out = ctx.scratch;
  let count = 0;

  for (let k = 0; k < eligible.length; k += 1) {
    const i = eligible[k] ?? 0;
    if (((availability[i] ?? 0) & workday) === 0) continue;
    let chance = rateOf(behaviour.optIn, i, segment[i] ?? 0);
    if ((behind[i] ?? 0) > 0) chance = 1 - (1 - chance) * keep;
    if (keyedUniform(key, i) < chance) out[count++] = i;
  }
  return count;
}
