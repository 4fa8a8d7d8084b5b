import type { Chances } from './chances.js';
import type { EvaluationContext, SessionFacts } from './context.js';
import { canAttend } from './context.js';
import { monthAround } from './dates.js';
import { yearPeriod } from './judge-period-rules.js';
import type { GroupVerdict } from './report-types.js';
import type { RuleRun } from './rule-run.js';
import { leaveShare, offeringMask, prepareRule } from './rule-run.js';
import type { Requirement } from './rule-schema.js';
import type { DayPeriod } from './verdict.js';
import { dayPeriod, elapsedShare, settle } from './verdict.js';

type Rule<K extends Requirement['kind']> = Extract<Requirement, { kind: K }>;

/**
 * Each department of each school holds a department PD every month: at
 * least `minAttendees` of its members attend a `department-pd` session
 * that month. Members are the in-scope educators listing the department
 * and not excused for the whole month.
 *
 * @internal
 */
export function judgeDepartmentMonthly(
  context: EvaluationContext,
  rule: Rule<'department-monthly'>,
): GroupVerdict[] {
  const run = prepareRule(context, rule);
  const year = yearPeriod(context);
  const today = Math.min(Math.max(context.asOfDay, year.first), year.last);
  const now = monthAround(today);
  const month = dayPeriod(
    context,
    'month',
    Math.max(now.first, year.first),
    now.last,
    now.id,
  );
  const mask = offeringMask(context, rule.categoryIds);
  context.offerings.forEach((offering, o) => {
    if (offering.format !== 'department-pd') mask[o] = 0;
  });
  const enough = rule.minAttendees ?? 1;
  const earlier = termMonthsBefore(context, year, now.first);

  const inMonth = context.sessions.filter(
    (session) =>
      mask[session.offering] === 1 &&
      session.ms > context.asOfMs &&
      session.day <= month.last,
  );

  const verdicts: GroupVerdict[] = [];
  for (const [key, members] of departments(context, run, month)) {
    const [schoolId, department] = key.split('\u0000') as [string, string];
    const held = (period: DayPeriod) =>
      attendeesIn(context, members, mask, period) >= enough;
    const missedMonths = earlier
      .filter((m) => !held(dayPeriod(context, 'month', m.first, m.last)))
      .map((m) => m.id);
    const upcoming = inMonth.filter(
      (session) =>
        (session.schoolId === undefined || session.schoolId === schoolId) &&
        members.some((i) => canAttend(context, i, session)),
    );
    const owner = { schoolId, department };
    const verdict = settle(context, owner, {
      rule,
      period: month,
      unit: 'sessions',
      target: 1,
      progress: held(month) ? 1 : 0,
      chances: [asChances(upcoming, () => 1)],
      needs: [],
      elapsed: elapsedShare(month, context.asOfDay),
      extra: { missedMonths },
    });
    verdicts.push(verdict);
  }
  return verdicts;
}

/**
 * Each school has at least `leaders` in-scope educators who have taken
 * the offering at any time up to the evaluation instant. The chances are
 * the seats left this year that the school's untrained educators can take.
 *
 * @internal
 */
export function judgeTrainedLeaders(
  context: EvaluationContext,
  rule: Rule<'trained-leaders'>,
): GroupVerdict[] {
  const run = prepareRule(context, rule);
  const year = yearPeriod(context);
  const mask = offeringMask(context, undefined, rule.offeringId);
  const trained = trainedEducators(context, mask);
  const upcoming = context.sessions.filter(
    (s) =>
      mask[s.offering] === 1 && s.ms > context.asOfMs && s.day <= year.last,
  );
  const offering =
    context.offerings[context.offeringIndex.get(rule.offeringId) ?? -1];
  const selfPaced = offering !== undefined && !('schedule' in offering);

  const bySchool = new Map<string, number[]>();
  for (const id of rule.scope?.schoolIds ?? []) bySchool.set(id, []);
  run.inScope.forEach((flag, i) => {
    if (flag !== 1 || isAway(run, i, year)) return;
    const schoolId = context.educators[i]?.schoolId as string;
    const list = bySchool.get(schoolId) ?? [];
    list.push(i);
    bySchool.set(schoolId, list);
  });

  return [...bySchool].map(([schoolId, members]) => {
    const untrained = members.filter((i) => trained[i] !== 1);
    const chances = leaderSeats(context, upcoming, untrained);
    const withSelfPaced: Chances =
      selfPaced && untrained.length > 0
        ? { ...chances, openUntil: year.last }
        : chances;
    return settle(
      context,
      { schoolId },
      {
        rule,
        period: year,
        unit: 'leaders',
        target: rule.leaders,
        progress: members.length - untrained.length,
        chances: [withSelfPaced],
        needs: [],
        elapsed: elapsedShare(year, context.asOfDay),
        chanceWord: 'seat',
      },
    );
  });
}

/**
 * The seats ahead that can still train someone: each untrained educator
 * is counted once, at the latest session they can take that has a seat
 * left, so three sessions never promise three leaders when one person is
 * left to train. Walking back from the last session keeps the last chance
 * as late as it can be.
 */
function leaderSeats(
  context: EvaluationContext,
  upcoming: readonly SessionFacts[],
  untrained: readonly number[],
): Chances {
  const waiting = new Set(untrained);
  const days: number[] = [];
  const amounts: number[] = [];

  for (let s = upcoming.length - 1; s >= 0 && waiting.size > 0; s--) {
    const session = upcoming[s] as SessionFacts;
    let seats = Math.min(session.seatsPerSchool, session.capacity);
    let taken = 0;
    for (const i of waiting) {
      if (seats <= 0) break;
      if (!canAttend(context, i, session)) continue;
      waiting.delete(i);
      seats--;
      taken++;
    }
    if (taken === 0) continue;
    days.push(session.day);
    amounts.push(taken);
  }
  return { days: days.reverse(), amounts: amounts.reverse() };
}

function isAway(run: RuleRun, i: number, period: DayPeriod): boolean {
  return leaveShare(run.leave.get(i), period.first, period.last) >= 1;
}

function departments(
  context: EvaluationContext,
  run: RuleRun,
  month: DayPeriod,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  run.inScope.forEach((flag, i) => {
    if (flag !== 1 || isAway(run, i, month)) return;
    const educator = context.educators[i];
    for (const department of educator?.departments ?? []) {
      const key = `${educator?.schoolId}\u0000${department}`;
      const list = groups.get(key) ?? [];
      list.push(i);
      groups.set(key, list);
    }
  });
  return groups;
}

function attendeesIn(
  context: EvaluationContext,
  members: readonly number[],
  mask: Uint8Array,
  period: DayPeriod,
): number {
  const index = context.participations;
  let count = 0;
  for (const i of members) {
    for (
      let r = index.start[i] as number;
      r < (index.start[i + 1] as number);
      r++
    ) {
      const day = index.day[r] as number;
      if (mask[index.offering[r] as number] !== 1 || index.completes[r] !== 1)
        continue;
      if (day < period.first || day > period.last) continue;
      if ((index.ms[r] as number) > context.asOfMs) continue;
      count++;
      break;
    }
  }
  return count;
}

function trainedEducators(
  context: EvaluationContext,
  mask: Uint8Array,
): Uint8Array {
  const index = context.participations;
  const trained = new Uint8Array(context.educators.length);
  for (let i = 0; i < trained.length; i++) {
    for (
      let r = index.start[i] as number;
      r < (index.start[i + 1] as number);
      r++
    ) {
      if (mask[index.offering[r] as number] !== 1 || index.completes[r] !== 1)
        continue;
      if ((index.ms[r] as number) > context.asOfMs) continue;
      trained[i] = 1;
      break;
    }
  }
  return trained;
}

/**
 * The months of a year before the day `before` that overlap a term.
 *
 * @internal
 */
export function termMonthsBefore(
  context: EvaluationContext,
  year: DayPeriod,
  before: number,
): { id: string; first: number; last: number }[] {
  const months: { id: string; first: number; last: number }[] = [];
  for (let day = year.first; day < before; ) {
    const month = monthAround(day);
    const first = Math.max(month.first, year.first);
    const inTerm = context.compiled.terms.some(
      (t) => t.firstDay <= month.last && t.lastDay >= first,
    );
    if (inTerm) months.push({ id: month.id, first, last: month.last });
    day = month.last + 1;
  }
  return months;
}

function asChances(
  sessions: readonly SessionFacts[],
  amount: (session: SessionFacts) => number,
): Chances {
  return { days: sessions.map((s) => s.day), amounts: sessions.map(amount) };
}
