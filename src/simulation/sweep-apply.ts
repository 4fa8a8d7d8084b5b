import type { Scenario } from '../model/scenario.js';

/**
 * The parameters a sweep can vary. Each list holds the values to try; the
 * sweep runs every combination.
 *
 * @example
 * ```ts
 * const grid: SweepGrid = { podSize: [4, 6, 8], optInRate: [0.05, 0.1] };
 * ```
 */
export interface SweepGrid {
  /** Largest pod (members per leader) in every cascade and community. */
  readonly podSize?: readonly number[];
  /** Share of fidelity kept per cascade level (overrides the plans). */
  readonly fidelityKept?: readonly number[];
  /** Chance of opting in to one open session, for everyone. */
  readonly optInRate?: readonly number[];
  /** Opt-in sessions per week (weekly recurrences: Tue, Thu, Mon, Wed, Fri). */
  readonly sessionsPerWeek?: readonly number[];
}

/**
 * One combination of grid values.
 *
 * @example
 * ```ts
 * const point: SweepPoint = { podSize: 6, optInRate: 0.1 };
 * ```
 */
export interface SweepPoint {
  /** Largest pod size. */
  readonly podSize?: number;
  /** Fidelity kept per level. */
  readonly fidelityKept?: number;
  /** Opt-in chance per session. */
  readonly optInRate?: number;
  /** Opt-in sessions per week. */
  readonly sessionsPerWeek?: number;
}

const WEEK_ORDER = ['tue', 'thu', 'mon', 'wed', 'fri'] as const;
const RRULE_DAYS: Record<string, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
};

/**
 * Every combination of the grid, in a fixed order (the first key varies
 * slowest).
 *
 * @internal
 */
export function gridPoints(grid: SweepGrid): SweepPoint[] {
  let points: SweepPoint[] = [{}];
  for (const key of [
    'podSize',
    'fidelityKept',
    'optInRate',
    'sessionsPerWeek',
  ] as const) {
    const values = grid[key];
    if (values === undefined || values.length === 0) continue;
    points = points.flatMap((point) =>
      values.map((value) => ({ ...point, [key]: value })),
    );
  }
  return points;
}

/**
 * The base scenario with one point's values applied. The scenario is not
 * changed; a new one is returned.
 *
 * @internal
 */
export function applyPoint(base: Scenario, point: SweepPoint): Scenario {
  let scenario: Scenario = {
    ...base,
    name: `${base.name} ${describePoint(point)}`.trim(),
  };
  const behaviour = { ...base.behaviour };
  if (point.fidelityKept !== undefined) {
    behaviour.fidelityKept = point.fidelityKept;
  }
  if (point.optInRate !== undefined) behaviour.optIn = point.optInRate;
  scenario = { ...scenario, behaviour };

  if (point.podSize !== undefined)
    scenario = withPodSize(scenario, point.podSize);
  if (point.sessionsPerWeek !== undefined) {
    scenario = withSessionsPerWeek(scenario, point.sessionsPerWeek);
  }
  return scenario;
}

/**
 * A short label such as `podSize=6 optInRate=0.1`.
 *
 * @internal
 */
export function describePoint(point: SweepPoint): string {
  return Object.entries(point)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
}

function withPodSize(scenario: Scenario, size: number): Scenario {
  const podSize = (current: { min: number; max: number }) => ({
    min: Math.min(current.min, size),
    max: size,
  });
  const cascades = scenario.cascades?.map((plan) =>
    plan.kind === 'community'
      ? { ...plan, podSize: podSize(plan.podSize) }
      : {
          ...plan,
          levels: plan.levels.map((level) => ({
            ...level,
            podSize: podSize(level.podSize),
          })),
        },
  );
  const offerings = scenario.catalogue.offerings.map((offering) =>
    offering.format === 'community'
      ? { ...offering, groupSize: Math.max(2, size) }
      : offering,
  );
  return {
    ...scenario,
    catalogue: { ...scenario.catalogue, offerings },
    ...(cascades ? { cascades } : {}),
  };
}

// Weekly opt-in recurrences get `perWeek` weekdays; a COUNT scales with
// them so the sessions still span the same weeks.
function withSessionsPerWeek(scenario: Scenario, perWeek: number): Scenario {
  const days = WEEK_ORDER.slice(0, Math.max(1, Math.min(5, perWeek)));
  const offerings = scenario.catalogue.offerings.map((offering) => {
    if (offering.format !== 'opt-in-session') return offering;
    const schedule = offering.schedule;
    if (schedule.kind !== 'recurrence') return offering;
    const rule = schedule.rule;

    if (typeof rule !== 'string') {
      if (rule.frequency !== 'weekly') return offering;
      const before = rule.weekdays?.length ?? 1;
      const count =
        rule.count === undefined
          ? {}
          : {
              count: Math.max(
                1,
                Math.round((rule.count * days.length) / before),
              ),
            };
      return {
        ...offering,
        schedule: {
          ...schedule,
          rule: { ...rule, ...count, weekdays: [...days] },
        },
      };
    }
    if (!/FREQ=WEEKLY/i.test(rule)) return offering;
    const byDay = days.map((d) => RRULE_DAYS[d]).join(',');
    const before = /BYDAY=([A-Z,]+)/i.exec(rule)?.[1]?.split(',').length ?? 1;
    let next = /BYDAY=/i.test(rule)
      ? rule.replace(/BYDAY=[A-Z,]+/i, `BYDAY=${byDay}`)
      : `${rule};BYDAY=${byDay}`;
    next = next.replace(
      /COUNT=(\d+)/i,
      (_, n: string) =>
        `COUNT=${Math.max(1, Math.round((Number(n) * days.length) / before))}`,
    );
    return { ...offering, schedule: { ...schedule, rule: next } };
  });
  return { ...scenario, catalogue: { ...scenario.catalogue, offerings } };
}
