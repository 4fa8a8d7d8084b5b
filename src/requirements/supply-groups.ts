import type { EvaluationContext, SessionFacts } from './context.js';
import { canAttend } from './context.js';
import { termMonthsBefore } from './judge-group-rules.js';
import { presence } from './judge-period-rules.js';
import type { RuleRun } from './rule-run.js';
import { offeringMask } from './rule-run.js';
import type { Requirement } from './rule-schema.js';
import { selfPacedOpen } from './supply-measure.js';
import type { SchoolSupply, SupplyRow } from './supply-types.js';
import type { DayPeriod } from './verdict.js';

type GroupRule = Extract<
  Requirement,
  { kind: 'department-monthly' | 'trained-leaders' }
>;

/**
 * Supply rows of a group rule, one per academic year: for
 * `department-monthly` a need of one session per department and month
 * with terms; for `trained-leaders` `leaders` seats per school.
 *
 * @internal
 */
export function groupSupply(
  context: EvaluationContext,
  rule: GroupRule,
  run: RuleRun,
  years: readonly DayPeriod[],
): SupplyRow[] {
  return years.map((year) => {
    const members = membersBySchool(context, rule, run, year);
    return rule.kind === 'department-monthly'
      ? departmentRow(context, rule, year, members)
      : leaderRow(context, rule, year, members);
  });
}

function membersBySchool(
  context: EvaluationContext,
  rule: GroupRule,
  run: RuleRun,
  year: DayPeriod,
): Map<string, number[]> {
  const bySchool = new Map<string, number[]>();
  if (rule.kind === 'trained-leaders') {
    for (const id of rule.scope?.schoolIds ?? []) bySchool.set(id, []);
  }
  run.inScope.forEach((flag, i) => {
    if (flag !== 1) return;
    if (presence(context, i, run.leave.get(i), year, false) <= 0) return;
    const school = context.educators[i]?.schoolId as string;
    const list = bySchool.get(school) ?? [];
    list.push(i);
    bySchool.set(school, list);
  });
  return bySchool;
}

function departmentRow(
  context: EvaluationContext,
  rule: Extract<GroupRule, { kind: 'department-monthly' }>,
  year: DayPeriod,
  members: Map<string, number[]>,
): SupplyRow {
  const mask = offeringMask(context, rule.categoryIds);
  context.offerings.forEach((offering, o) => {
    if (offering.format !== 'department-pd') mask[o] = 0;
  });
  const months = termMonthsBefore(context, year, year.last + 1);
  const sessions = context.sessions.filter(
    (s) => mask[s.offering] === 1 && s.day >= year.first && s.day <= year.last,
  );
  const inMonth = months.map((m) =>
    sessions.filter((s) => s.day >= m.first && s.day <= m.last),
  );
  const empty = months.find((_, k) => inMonth[k]?.length === 0);

  const schools: SchoolSupply[] = [];
  for (const [schoolId, list] of sorted(members)) {
    const departments = new Map<string, number[]>();
    for (const i of list) {
      for (const department of context.educators[i]?.departments ?? []) {
        departments.set(department, [
          ...(departments.get(department) ?? []),
          i,
        ]);
      }
    }
    let covered = 0;
    let unreachable = 0;
    for (const group of departments.values()) {
      const held = inMonth.filter((candidates) =>
        candidates.some(
          (s) =>
            (s.schoolId === undefined || s.schoolId === schoolId) &&
            group.some((i) => canAttend(context, i, s)),
        ),
      ).length;
      covered += held;
      if (held < months.length) unreachable++;
    }
    const needed = departments.size * months.length;
    schools.push({
      schoolId,
      educators: departments.size,
      seatsNeeded: needed,
      seatsOffered: covered,
      shortfall: needed - covered,
      unreachable,
    });
  }
  const reason =
    empty === undefined
      ? undefined
      : `rule "${rule.id}" asks for a department PD every month, but ${empty.id} schedules none`;
  return summed(
    rule,
    year,
    'sessions',
    schools,
    sessions.length,
    false,
    reason,
  );
}

function leaderRow(
  context: EvaluationContext,
  rule: Extract<GroupRule, { kind: 'trained-leaders' }>,
  year: DayPeriod,
  members: Map<string, number[]>,
): SupplyRow {
  const mask = offeringMask(context, undefined, rule.offeringId);
  const sessions = context.sessions.filter(
    (s) => mask[s.offering] === 1 && s.day >= year.first && s.day <= year.last,
  );
  const selfPaced = selfPacedOpen(context, mask, year);

  const usable = new Map<SessionFacts, number>();
  const schools: SchoolSupply[] = [];
  for (const [schoolId, list] of sorted(members)) {
    let offered = 0;
    const able = new Set<number>();
    for (const session of sessions) {
      if (session.schoolId !== undefined && session.schoolId !== schoolId)
        continue;
      const free = list.filter((i) => canAttend(context, i, session));
      for (const i of free) able.add(i);
      const seats = Math.min(session.seatsPerSchool, free.length);
      usable.set(session, (usable.get(session) ?? 0) + seats);
      offered += Math.min(seats, session.capacity);
    }
    const reachable = selfPaced ? list.length : able.size;
    schools.push({
      schoolId,
      educators: list.length,
      seatsNeeded: rule.leaders,
      seatsOffered: offered,
      shortfall: selfPaced ? 0 : Math.max(0, rule.leaders - offered),
      unreachable: reachable < rule.leaders ? 1 : 0,
    });
  }
  const district = sessions.reduce(
    (sum, s) => sum + Math.min(s.capacity, usable.get(s) ?? 0),
    0,
  );
  const leaders =
    rule.leaders === 1 ? '1 trained leader' : `${rule.leaders} trained leaders`;
  const reason =
    sessions.length > 0 || selfPaced
      ? undefined
      : `rule "${rule.id}" asks for ${leaders} per school, but year ` +
        `"${year.view.id}" schedules no session of "${rule.offeringId}"`;
  const row = summed(
    rule,
    year,
    'leaders',
    schools,
    sessions.length,
    selfPaced,
    reason,
  );
  return {
    ...row,
    seatsOffered: district,
    shortfall: selfPaced ? 0 : Math.max(0, row.seatsNeeded - district),
  };
}

function summed(
  rule: GroupRule,
  year: DayPeriod,
  unit: 'sessions' | 'leaders',
  schools: SchoolSupply[],
  scheduled: number,
  selfPaced: boolean,
  reason: string | undefined,
): SupplyRow {
  const total = (pick: (s: SchoolSupply) => number) =>
    schools.reduce((sum, s) => sum + pick(s), 0);
  return {
    ruleId: rule.id,
    kind: rule.kind,
    period: year.view,
    unit,
    educators: total((s) => s.educators),
    seatsNeeded: total((s) => s.seatsNeeded),
    seatsOffered: total((s) => s.seatsOffered),
    shortfall: total((s) => s.shortfall),
    sessionsScheduled: scheduled,
    selfPaced,
    unreachable: total((s) => s.unreachable),
    impossible: reason !== undefined,
    ...(reason === undefined ? {} : { reason }),
    schools,
  };
}

function sorted(map: Map<string, number[]>): [string, number[]][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
