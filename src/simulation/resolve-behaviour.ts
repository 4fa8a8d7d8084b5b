import { DEFAULT_BEHAVIOUR } from './behaviour-defaults.js';
import type { Behaviour } from './behaviour-schema.js';
import type { ResolvedRate } from './resolve-rate.js';
import { resolveRate } from './resolve-rate.js';

/**
 * A scenario's behaviour with every default filled in, in engine form.
 *
 * @internal
 */
export interface ResolvedBehaviour {
  readonly attendIfBooked: ResolvedRate;
  readonly optIn: ResolvedRate;
  readonly volunteer: ResolvedRate;
  readonly joinCommunity: ResolvedRate;
  readonly moduleCompletionPerWeek: ResolvedRate;
  readonly asyncEnrol: ResolvedRate;
  readonly asyncProgressPerWeek: ResolvedRate;
  readonly asyncDropPerWeek: ResolvedRate;
  readonly leaderActivation: ResolvedRate;
  readonly deadlineBoost: number;
  readonly halfLifeDays: number;
  /** Source fidelity indexed by channel number (see CHANNELS). */
  readonly channelFidelity: Float64Array;
  readonly wordOfMouth: {
    readonly enabled: boolean;
    readonly p: number;
    readonly q: number;
    readonly scope: 'school' | 'department';
  };
}

type RateKey =
  | 'attendIfBooked'
  | 'optIn'
  | 'volunteer'
  | 'joinCommunity'
  | 'moduleCompletionPerWeek'
  | 'asyncEnrol'
  | 'asyncProgressPerWeek'
  | 'asyncDropPerWeek'
  | 'leaderActivation';

/**
 * Fills a scenario's behaviour with the documented defaults.
 *
 * @internal
 */
export function resolveBehaviour(
  behaviour: Behaviour | undefined,
  roleBits: Uint16Array,
  channels: readonly string[],
): ResolvedBehaviour {
  const b = behaviour ?? {};
  const d = DEFAULT_BEHAVIOUR;
  const rate = (key: RateKey): ResolvedRate =>
    resolveRate(b[key], d[key], roleBits);

  const fidelity = channels.map((channel) => {
    const given = b.channelFidelity?.[channel as 'seminar'];
    const fallback = d.channelFidelity[channel as 'seminar'];
    return given ?? fallback ?? 1;
  });

  return {
    attendIfBooked: rate('attendIfBooked'),
    optIn: rate('optIn'),
    volunteer: rate('volunteer'),
    joinCommunity: rate('joinCommunity'),
    moduleCompletionPerWeek: rate('moduleCompletionPerWeek'),
    asyncEnrol: rate('asyncEnrol'),
    asyncProgressPerWeek: rate('asyncProgressPerWeek'),
    asyncDropPerWeek: rate('asyncDropPerWeek'),
    leaderActivation: rate('leaderActivation'),
    deadlineBoost: b.deadlineBoost ?? d.deadlineBoost,
    halfLifeDays: b.forgettingHalfLifeDays ?? d.forgettingHalfLifeDays,
    channelFidelity: Float64Array.from(fidelity),
    wordOfMouth: {
      enabled: b.wordOfMouth?.enabled ?? d.wordOfMouth.enabled,
      p: b.wordOfMouth?.p ?? d.wordOfMouth.p,
      q: b.wordOfMouth?.q ?? d.wordOfMouth.q,
      scope: b.wordOfMouth?.scope ?? d.wordOfMouth.scope,
    },
  };
}
