import { compileCalendar } from '../calendar/compile-calendar.js';
import { fromEpochDay, toEpochDay } from '../calendar/local-date.js';
import { safePlanCascade } from '../cascade/plan-cascade.js';
import type { CascadePlanResult } from '../cascade/plan-result.js';
import { ADOPTER_SEGMENTS, ROLES } from '../model/educator.js';
import type { SafeResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { CHANNELS } from '../requirements/participation.js';
import { safeExpandSessions } from '../schedule/expand-sessions.js';
import { compileDays } from './compile-days.js';
import { compileOfferings } from './compile-offerings.js';
import { compilePods } from './compile-pods.js';
import { compileRoster } from './compile-roster.js';
import { compileSessions, schoolHours } from './compile-sessions.js';
import type { CompiledScenario } from './compiled.js';
import type { ComplianceCheck } from './compliance.js';
import { compileCompliance } from './compliance.js';
import { scenarioFingerprint } from './fingerprint.js';
import { resolveHorizon } from './horizon.js';
import type { SimulationHorizon } from './options.js';
import { resolveBehaviour } from './resolve-behaviour.js';

/** Histogram bins per day for the headline curves (1% resolution). */
const BINS = 100;

const NO_PLAN: CascadePlanResult = {
  cascades: [],
  sessions: [],
  bookings: [],
  conflicts: [],
};

/**
 * Compiles a scenario for a horizon into typed arrays, once per call of
 * `simulate`: the calendar, the sessions (`expandSessions`), the cascade
 * plan (`planCascade`, with the simulation's seed), the roster, behaviour
 * and the rules the engine follows.
 *
 * @internal
 */
export function safeCompileScenario(
  scenario: Scenario,
  seed: number,
  horizon: SimulationHorizon | undefined,
): SafeResult<{ compiled: CompiledScenario; compliance: ComplianceCheck }> {
  const calendar = compileCalendar(scenario.district.calendar);
  const span = resolveHorizon(calendar, horizon);
  if (!span.success) return span;
  const { first, last } = span.data;

  const range = { from: fromEpochDay(first), to: fromEpochDay(last) };
  const expanded = safeExpandSessions(scenario, range);
  if (!expanded.success) return expanded;
  const planned =
    (scenario.cascades ?? []).length === 0
      ? { success: true as const, data: NO_PLAN }
      : safePlanCascade(scenario, { seed, checkConflicts: false });
  if (!planned.success) return planned;
  const plan = planned.data;

  const eventDays = [...expanded.data, ...plan.sessions].map((s) =>
    toEpochDay(s.localDate),
  );
  const { days, dates, checkpoints } = compileDays(
    calendar,
    span.data,
    eventDays,
  );
  if (days.count === 0) {
    return {
      success: false,
      issues: [
        {
          code: 'empty_horizon',
          path: ['options', 'horizon'],
          message: `the horizon ${range.from} to ${range.to} holds no school day`,
        },
      ],
    };
  }

  const peerScope = scenario.behaviour?.wordOfMouth?.scope ?? 'school';
  const roster = compileRoster(scenario.district, peerScope);
  const dayIndex = new Map(Array.from(days.epochDay, (day, d) => [day, d]));
  const hours = schoolHours(scenario.district.calendar);
  // Only cascade plans name educators by id; skip the map otherwise.
  const educatorIndex = new Map(
    plan.cascades.length === 0
      ? []
      : scenario.district.educators.map((e, i) => [e.id, i]),
  );
  const { pods, firstLeaders } = compilePods(
    scenario,
    plan,
    educatorIndex,
    dayIndex,
    days,
    hours,
  );
  const podOfferings = new Set(
    (scenario.cascades ?? []).flatMap((c) =>
      c.kind === 'community' ? [c.offeringId] : [],
    ),
  );
  const offerings = compileOfferings(scenario, days.epochDay, podOfferings);
  const offeringIndex = new Map(offerings.map((o, k) => [o.id, k]));
  const schoolIndex = new Map(roster.schoolIds.map((id, k) => [id, k]));
  const sessions = compileSessions(
    expanded.data,
    dayIndex,
    days,
    offeringIndex,
    schoolIndex,
    hours,
  );
  const compliance = compileCompliance(scenario);

  const compiled: CompiledScenario = {
    layout: {
      scenario: scenario.name,
      fingerprint: scenarioFingerprint(scenario, roster),
      seed,
      educators: roster.size,
      dates,
      channels: [...CHANNELS],
      segments: [...ADOPTER_SEGMENTS],
      roles: [...ROLES],
      schools: roster.schoolIds,
      departments: roster.departmentIds,
      requirements: compliance.ids,
      checkpoints,
      bins: BINS,
      schoolDayMinutes: Math.max(1, hours[1] - hours[0]),
    },
    roster,
    days,
    offerings,
    sessions,
    pods,
    firstLeaders: offerings.map((o) => firstLeaders.get(o.id)),
    behaviour: resolveBehaviour(scenario.behaviour, roster.roleBits, CHANNELS),
    sessionRules: compliance.sessionRules,
    countsMinutes: compliance.countsMinutes,
  };
  return { success: true, data: { compiled, compliance: compliance.check } };
}
