import type { Scenario } from '../model/scenario.js';
import type { SimulationResult } from '../simulation/result.js';
import type { ReachPoint, ReportPlan, TermCompliance } from './report-data.js';

// One point per month (its last simulated day) and the horizon's end:
// enough for a smooth curve and a table a board can read. Daily ranges
// come from 1% bins; the last point takes the exact range of the end.
function monthEnds(result: SimulationResult): ReachPoint[] {
  const { dates } = result.layout;
  const { reached, effective } = result.daily;
  const educators = result.layout.educators;
  const points: ReachPoint[] = [];

  dates.forEach((date, day) => {
    const next = dates[day + 1];
    if (next !== undefined && next.slice(0, 7) === date.slice(0, 7)) return;
    const range =
      next === undefined
        ? result.end.reached
        : {
            p5: reached.p5[day] ?? 0,
            p95: reached.p95[day] ?? 0,
          };
    points.push({
      date,
      reached: (reached.mean[day] ?? 0) * educators,
      effective: (effective.mean[day] ?? 0) * educators,
      low: range.p5 * educators,
      high: range.p95 * educators,
    });
  });
  return points;
}

function termCompliance(
  scenario: Scenario,
  result: SimulationResult,
): TermCompliance[] {
  const termNames = new Map(
    scenario.district.calendar.years.flatMap((year) =>
      year.terms.map((term) => [term.id, term.name] as const),
    ),
  );
  const ruleNames = new Map(
    (scenario.requirements ?? []).map((rule) => [rule.id, rule.name]),
  );

  return result.terms.flatMap((term) =>
    Object.entries(term.compliance).map(([ruleId, share]) => ({
      termId: term.termId ?? term.label,
      name: termNames.get(term.termId ?? '') ?? term.label,
      ruleId,
      ruleName: ruleNames.get(ruleId) ?? ruleId,
      share: share.mean,
    })),
  );
}

/**
 * Turns a simulation's result into one plan of the report: reach at each
 * month's end, reach by school and channel and cost at the horizon's end,
 * and compliance at each term's end. Figures are means over replications.
 *
 * @param name - the plan's name in the report.
 * @param scenario - the scenario that was simulated (for names and sizes).
 * @param result - what `simulate` returned for it.
 * @returns the plan, ready for `renderReportHtml` or the text tables.
 * @example
 * ```ts
 * const result = simulate(scenario, { seed: 1, replications: 100 });
 * const plan = reportPlanFromSimulation('Cascade pods', scenario, result);
 * planSummaryTable({ title: 'Plans', plans: [plan] });
 * ```
 */
export function reportPlanFromSimulation(
  name: string,
  scenario: Scenario,
  result: SimulationResult,
): ReportPlan {
  const educators = result.layout.educators;
  const staff = new Map<string, number>();
  for (const educator of scenario.district.educators) {
    staff.set(educator.schoolId, (staff.get(educator.schoolId) ?? 0) + 1);
  }

  return {
    name,
    educators,
    reachOverTime: monthEnds(result),
    reachBySchool: scenario.district.schools.map((school) => {
      const size = staff.get(school.id) ?? 0;
      const share = result.end.bySchool[school.id]?.reached.mean ?? 0;
      return {
        schoolId: school.id,
        name: school.name,
        educators: size,
        reached: share * size,
      };
    }),
    channels: Object.entries(result.end.anyChannel)
      .filter(([, share]) => share.mean > 0)
      .map(([channel, share]) => ({
        channel,
        reached: share.mean * educators,
      })),
    cost: {
      facilitatorHours: result.end.cost.facilitatorHours.mean,
      releaseDays: result.end.cost.substituteDays.mean,
    },
    compliance: termCompliance(scenario, result),
  };
}
