import type { Scenario } from '../model/scenario.js';
import type { Requirement } from '../requirements/rule-schema.js';
import { scopeMatcher } from '../requirements/scope.js';
import type { ReplicationContext } from './context.js';
import { SHARE_SCALE } from './layout.js';
import type { CompiledSessionRule } from './session-quota.js';
import { compileSessionRules } from './session-quota.js';

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

type CompiledRule =
  | { readonly counts: 'sessions'; readonly rule: number }
  | {
      readonly counts: 'term-minutes' | 'year-minutes';
      readonly members: Int32Array;
      readonly target: Float64Array;
    };

/**
 * The rules the engine follows while it runs: `sessions-per-term` (within
 * its categories, if it names any) and `hours-per-period` over a term or a
 * year. Other kinds are left to `evaluateRequirements` on recorded
 * participation.
 *
 * @internal
 */
export function compileCompliance(scenario: Scenario): {
  readonly ids: readonly string[];
  readonly sessionRules: readonly CompiledSessionRule[];
  readonly countsMinutes: boolean;
  readonly check: ComplianceCheck;
} {
  const sessionRules = compileSessionRules(scenario);
  const sessionRuleIndex = new Map(sessionRules.map((r, k) => [r.id, k]));
  const rules = (scenario.requirements ?? []).flatMap((rule) => {
    const compiled =
      rule.kind === 'sessions-per-term'
        ? {
            counts: 'sessions' as const,
            rule: sessionRuleIndex.get(rule.id) ?? 0,
          }
        : compileMinutesRule(scenario, rule);
    return compiled === undefined ? [] : [{ id: rule.id, compiled }];
  });

  const check: ComplianceCheck = (ctx, row, at) => {
    rules.forEach(({ compiled }, r) => {
      row[at + r] =
        compiled.counts === 'sessions'
          ? sessionShare(ctx, sessionRules, compiled.rule)
          : minutesShare(ctx, compiled);
    });
  };
  const countsMinutes = rules.some((r) => r.compiled.counts !== 'sessions');
  return { ids: rules.map((r) => r.id), sessionRules, countsMinutes, check };
}

function compileMinutesRule(
  scenario: Scenario,
  rule: Requirement,
): CompiledRule | undefined {
  if (rule.kind !== 'hours-per-period' || rule.period.kind === 'rolling') {
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
    target.push(Math.ceil(rule.hours * 60 * fte));
  });

  return {
    counts: rule.period.kind === 'term' ? 'term-minutes' : 'year-minutes',
    members: Int32Array.from(members),
    target: Float64Array.from(target),
  };
}

function sessionShare(
  ctx: ReplicationContext,
  rules: readonly CompiledSessionRule[],
  r: number,
): number {
  const rule = rules[r];
  const attended = ctx.quota.attended[r];
  if (rule === undefined || attended === undefined) return SHARE_SCALE;
  if (rule.members.length === 0) return SHARE_SCALE;
  let met = 0;
  for (const i of rule.members) {
    if ((attended[i] ?? 0) >= (rule.target[i] ?? 0)) met += 1;
  }
  return Math.round((met / rule.members.length) * SHARE_SCALE);
}

function minutesShare(
  ctx: ReplicationContext,
  rule: Exclude<CompiledRule, { counts: 'sessions' }>,
): number {
  const source =
    rule.counts === 'term-minutes' ? ctx.termMinutes : ctx.yearMinutes;
  if (rule.members.length === 0) return SHARE_SCALE;
  let met = 0;
  for (let k = 0; k < rule.members.length; k += 1) {
    if ((source[rule.members[k] ?? 0] ?? 0) >= (rule.target[k] ?? 0)) met += 1;
  }
  return Math.round((met / rule.members.length) * SHARE_SCALE);
}
