import { toEpochDay } from '../calendar/local-date.js';
import type { Educator } from '../model/educator.js';
import type { School } from '../model/school.js';
import type { Chances } from './chances.js';
import { withoutDays } from './chances.js';
import type { EvaluationContext, SessionFacts } from './context.js';
import { canAttend } from './context.js';
import type { LeaveRanges } from './rule-run.js';
import { onLeave } from './rule-run.js';

/** What a {@link ChanceFinder} looks for. @internal */
export interface ChanceQuery {
  /** Offerings that count, as a mask over the catalogue. */
  readonly mask: Uint8Array;
  /** Last day of the period; sessions after it do not count. */
  readonly lastDay: number;
  /** What a session is worth: one, its minutes, or its credit hours. */
  readonly amount: 'one' | 'minutes' | 'credits';
  /** Whether open self-paced offerings count too. */
  readonly selfPaced: boolean;
}

/**
 * Finds the chances an educator still has in a period: the sessions after
 * the evaluation instant that count and that they can take. Educators with
 * the same attendance profile share one answer, so a district of 25,000
 * asks the sessions a few hundred times, not 25,000.
 *
 * @internal
 */
export class ChanceFinder {
  readonly #context: EvaluationContext;
  readonly #query: ChanceQuery;
  readonly #central: SessionFacts[] = [];
  readonly #bySchool = new Map<string, SessionFacts[]>();
  readonly #cache: (Chances | undefined)[];

  constructor(context: EvaluationContext, query: ChanceQuery) {
    this.#context = context;
    this.#query = query;
    this.#cache = new Array(context.profiles);
    for (const session of context.sessions) {
      if (query.mask[session.offering] !== 1) continue;
      if (session.ms <= context.asOfMs || session.day > query.lastDay) continue;
      if (session.schoolId === undefined) this.#central.push(session);
      else {
        const list = this.#bySchool.get(session.schoolId) ?? [];
        list.push(session);
        this.#bySchool.set(session.schoolId, list);
      }
    }
  }

  /** The chances of educator `i`, without the days they are excused. */
  for(i: number, leave: LeaveRanges | undefined): Chances {
    const profile = this.#context.profile[i] as number;
    let chances = this.#cache[profile];
    if (chances === undefined) {
      chances = this.#compute(i);
      this.#cache[profile] = chances;
    }
    if (leave === undefined) return chances;
    return withoutDays(chances, (day) => onLeave(leave, day));
  }

  #compute(i: number): Chances {
    const context = this.#context;
    const educator = context.educators[i] as Educator;
    const local = this.#bySchool.get(educator.schoolId) ?? [];
    const days: number[] = [];
    const amounts: number[] = [];

    // Both lists are sorted; merge them so the days stay in order.
    let a = 0;
    let b = 0;
    while (a < this.#central.length || b < local.length) {
      const fromCentral =
        b >= local.length ||
        (a < this.#central.length &&
          (this.#central[a] as SessionFacts).ms <=
            (local[b] as SessionFacts).ms);
      const session = (
        fromCentral ? this.#central[a++] : local[b++]
      ) as SessionFacts;
      if (!canAttend(context, i, session)) continue;
      days.push(session.day);
      amounts.push(worth(context, this.#query.amount, session));
    }

    const openUntil = this.#query.selfPaced ? this.#openUntil(i) : undefined;
    return openUntil === undefined
      ? { days, amounts }
      : { days, amounts, openUntil };
  }

  #openUntil(i: number): number | undefined {
    const context = this.#context;
    const educator = context.educators[i] as Educator;
    const school = context.schoolOf[i] as School;
    let open: number | undefined;

    context.offerings.forEach((offering, o) => {
      if (this.#query.mask[o] !== 1 || 'schedule' in offering) return;
      if (!(context.eligible[o]?.(educator, school) ?? false)) return;
      const from = offering.availableFrom
        ? toEpochDay(offering.availableFrom)
        : -Infinity;
      const until = offering.availableUntil
        ? toEpochDay(offering.availableUntil)
        : Infinity;
      const last = Math.min(until, this.#query.lastDay);
      if (from > this.#query.lastDay || last < context.asOfDay) return;
      open = Math.max(open ?? last, last);
    });
    return open;
  }
}

function worth(
  context: EvaluationContext,
  amount: ChanceQuery['amount'],
  session: SessionFacts,
): number {
  if (amount === 'one') return 1;
  if (amount === 'minutes') return session.minutes;
  return context.credits[session.offering] as number;
}
