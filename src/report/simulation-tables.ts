import type { Scenario } from '../model/scenario.js';
import type { SimulationResult, Summary } from '../simulation/result.js';
import type { ReportColumn, ReportTable } from './table.js';
import { formatQuantity, formatShare } from './table.js';

const right = (header: string): ReportColumn => ({ header, align: 'right' });

function range(summary: Summary): string {
  return `${formatShare(summary.p5)}–${formatShare(summary.p95)}`;
}

/**
 * Reach at the end of each term and of the horizon, with the range that
 * holds 90% of replications, and the cost so far.
 *
 * @param scenario - the scenario that was simulated (for term names).
 * @param result - what `simulate` returned.
 * @returns a table with a row per term, then one for the horizon's end
 *   when it falls after the last term.
 * @example
 * ```ts
 * const result = simulate(todaysPlan, { seed: 1, replications: 100 });
 * termReachTable(todaysPlan, result).rows[0];
 * // ['First term', '2027-07-20', '13.2%', '12.1%–14.6%', '10.6%', '5.5', '16.2']
 * ```
 */
export function termReachTable(
  scenario: Scenario,
  result: SimulationResult,
): ReportTable {
  const names = new Map(
    scenario.district.calendar.years.flatMap((year) =>
      year.terms.map((term) => [term.id, term.name] as const),
    ),
  );
  // The horizon often ends on the last term's last day: no repeated row.
  const last = result.terms.at(-1);
  const checkpoints =
    last?.date === result.end.date
      ? result.terms
      : [...result.terms, result.end];
  const rows = checkpoints.map((checkpoint, index) => [
    index === result.terms.length
      ? 'end'
      : (names.get(checkpoint.termId ?? '') ?? checkpoint.label),
    checkpoint.date,
    formatShare(checkpoint.reached.mean),
    range(checkpoint.reached),
    formatShare(checkpoint.effective.mean),
    formatQuantity(checkpoint.cost.facilitatorHours.mean),
    formatQuantity(checkpoint.cost.substituteDays.mean),
  ]);

  return {
    caption: 'Reach at the end of each term',
    columns: [
      { header: 'term' },
      { header: 'date' },
      right('reached'),
      right('90% of runs'),
      right('effective'),
      right('facilitator hours'),
      right('release days'),
    ],
    rows,
  };
}

/**
 * Reach by channel at the horizon's end: the share first reached through
 * each channel (these add up to the reach) and the share ever exposed
 * through it.
 *
 * @param result - what `simulate` returned.
 * @returns a table with a row per channel that reached anyone.
 * @example
 * ```ts
 * channelReachTable(result).rows[0]; // ['seminar', '20.6%', '21.1%']
 * ```
 */
export function channelReachTable(result: SimulationResult): ReportTable {
  const rows = result.layout.channels
    .map((channel) => ({
      channel,
      first: result.end.firstChannel[channel]?.mean ?? 0,
      any: result.end.anyChannel[channel]?.mean ?? 0,
    }))
    .filter((row) => row.any > 0)
    .map((row) => [row.channel, formatShare(row.first), formatShare(row.any)]);

  return {
    caption: 'Reach by channel at the end',
    columns: [{ header: 'channel' }, right('first reached'), right('ever')],
    rows,
  };
}

/**
 * Reach by school at the horizon's end, the schools reached least first:
 * the ones left behind head the list.
 *
 * @param scenario - the scenario that was simulated (for school names).
 * @param result - what `simulate` returned.
 * @returns a table with a row per school.
 * @example
 * ```ts
 * schoolReachTable(todaysPlan, result).rows[0]; // ['若葉中学校', '38', '19.7%', '12.0%']
 * ```
 */
export function schoolReachTable(
  scenario: Scenario,
  result: SimulationResult,
): ReportTable {
  const staff = new Map<string, number>();
  for (const educator of scenario.district.educators) {
    staff.set(educator.schoolId, (staff.get(educator.schoolId) ?? 0) + 1);
  }
  const rows = scenario.district.schools
    .map((school) => ({
      school,
      summary: result.end.bySchool[school.id],
    }))
    .sort(
      (a, b) => (a.summary?.reached.mean ?? 0) - (b.summary?.reached.mean ?? 0),
    )
    .map(({ school, summary }) => [
      school.name,
      String(staff.get(school.id) ?? 0),
      summary ? formatShare(summary.reached.mean) : '–',
      summary ? formatShare(summary.effective.mean) : '–',
    ]);

  return {
    caption: 'Reach by school at the end, lowest first',
    columns: [
      { header: 'school' },
      right('educators'),
      right('reached'),
      right('effective'),
    ],
    rows,
  };
}

/**
 * The share of in-scope educators meeting each requirement rule at the end
 * of each term, with the range holding 90% of replications.
 *
 * @param scenario - the scenario that was simulated (for names).
 * @param result - what `simulate` returned.
 * @returns a table with a row per term and rule; no rows without rules.
 * @example
 * ```ts
 * termComplianceTable(secondDistrict, result).rows[0];
 * // ['First term', 'At least one session per term', '100.0%', '100.0%–100.0%']
 * ```
 */
export function termComplianceTable(
  scenario: Scenario,
  result: SimulationResult,
): ReportTable {
  const terms = new Map(
    scenario.district.calendar.years.flatMap((year) =>
      year.terms.map((term) => [term.id, term.name] as const),
    ),
  );
  const rules = new Map(
    (scenario.requirements ?? []).map((rule) => [rule.id, rule.name]),
  );
  const rows = result.terms.flatMap((term) =>
    Object.entries(term.compliance).map(([ruleId, share]) => [
      terms.get(term.termId ?? '') ?? term.label,
      rules.get(ruleId) ?? ruleId,
      formatShare(share.mean),
      range(share),
    ]),
  );

  return {
    caption: 'Requirements met at the end of each term',
    columns: [
      { header: 'term' },
      { header: 'requirement' },
      right('met'),
      right('90% of runs'),
    ],
    rows,
  };
}
