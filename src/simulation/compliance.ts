import type { Scenario } from '../model/scenario.js';
import type { Requirement } from '../requirements/rule-schema.js';
import { scopeMatcher } from '../requirements/scope.js';
import type { ReplicationContext } from './context.js';
import { SHARE_SCALE } from './layout.js';

/**
 * Writes the share of in-scope educators who meet each rule into a
 * checkpoint row.
 *
 * @internal
 */
export type ComplianceCheck = (
  ctx: ReplicationContext,
  row: Float64Array,
  at: number,
  day: number,
) => void;

interface CompiledRule {
  readonly counts: 'sessions' | 'term-minutes' | 'year-minutes';
  readonly members: Int32Array;
  readonly target: Float64Array;
}

/**
 * The rules the engine follows while it runs: `sessions-per-term` and
 * `hours-per-period` over a term or a year. Other kinds are left to
 * `evaluateRequirements` on recorded participation.
 *
 * @internal
 */
export function compileCompliance(scenario: Scenario): {
  readonly ids: readonly string[];
  readonly sessionsPerTermTarget: number;
  readonly check: ComplianceCheck;
} {
  const rules = (scenario.requirements ?? []).flatMap((rule) => {
    const compiled = compileRule(scenario, rule);
    return compiled === undefined ? [] : [{ id: rule.id, compiled }];
  });
  const sessionsPerTermTarget = (scenario.requirements ?? []).reduce(
    (most, rule) =>
      rule.kind === 'sessions-per-term' ? Math.max(most, rule.sessions) : most,
    0,
  );

  const check: ComplianceCheck = (ctx, row, at) => {
    rules.forEach(({ compiled }, r) => {
      row[at + r] = meetShare(ctx, compiled);
    });
  };
  return { ids: rules.map((r) => r.id), sessionsPerTermTarget, check };
}

function compileRule(
  scenario: Scenario,
  rule: Requirement,
): CompiledRule | undefined {
  if (rule.kind !== 'sessions-per-term' && rule.kind !== 'hours-per-period') {
    return undefined;
  }
  if (rule.kind === 'hours-per-period' && rule.period.kind === 'rolling') {
    return undefined;
  }

  const matches = scopeMatcher(rule.scope);
  const schools = new Map(scenario.district.schools.map((s) => [s.id, s]));
  const exempt = new Set(
    (rule.exemptions ?? [])
      .filter((e) => e.from === undefined && e.to === undefined)
      .map((e) => e.educatorId),
  );
  const members: number[] = [];
  const target: number[] = [];
  const proRata = rule.proRata ?? true;

  scenario.district.educators.forEach((educator, i) => {
    const school = schools.get(educator.schoolId);
    if (school === undefined || exempt.has(educator.id)) return;
    if (!matches(educator, school)) return;
    const fte = proRata ? (educator.fte ?? 1) : 1;
    members.push(i);
    target.push(
      rule.kind === 'sessions-per-term'
        ? Math.ceil(rule.sessions * fte)
        : Math.ceil(rule.hours * 60 * fte),
    );
  });

  const counts =
    rule.kind === 'sessions-per-term'
      ? 'sessions'
      : rule.period.kind === 'term'
        ? 'term-minutes'
        : 'year-minutes';
  return {
    counts,
    members: Int32Array.from(members),
    target: Float64Array.from(target),
  };
}

function meetShare(ctx: ReplicationContext, rule: CompiledRule): number {
  const source =
    rule.counts === 'sessions'
      ? ctx.world.sessionsThisTerm
      : rule.counts === 'term-minutes'
        ? ctx.termMinutes
        : ctx.yearMinutes;
  let met = 0;
  for (let k = 0; k < rule.members.length; k += 1) {
    if ((source[rule.members[k] ?? 0] ?? 0) >= (rule.target[k] ?? 0)) met += 1;
  }
  if (rule.members.length === 0) return SHARE_SCALE;
  return Math.round((met / rule.members.length) * SHARE_SCALE);
}
