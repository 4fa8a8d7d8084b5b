import type { ReachPoint, ReportData, ReportPlan } from './report-data.js';
import type { ReportColumn, ReportTable } from './table.js';
import { formatCount, formatQuantity, formatShare } from './table.js';

/**
 * The reach a plan has at the end of its period: its last point, or zero
 * when it has none.
 *
 * @param plan - one plan of a report.
 * @returns educators reached at the last date.
 * @example
 * ```ts
 * finalReach({ ...plan, reachOverTime: [{ date: '2028-03-31', reached: 61 }] }); // 61
 * ```
 */
export function finalReach(plan: ReportPlan): number {
  return plan.reachOverTime.at(-1)?.reached ?? 0;
}

const right = (header: string): ReportColumn => ({ header, align: 'right' });

function reachCell(reached: number, educators: number): string {
  return `${formatCount(reached)} (${formatShare(reached / educators)})`;
}

// The range holding 90% of replications, when the point carries one.
function rangeCell(point: ReachPoint | undefined): string {
  if (point?.low === undefined || point.high === undefined) return '–';
  return `${formatCount(point.low)}–${formatCount(point.high)}`;
}

/**
 * One line per plan: reached at the end, share, the range that holds 90%
 * of replications, and cost. The table a planner reads first.
 *
 * @param data - the report's plans.
 * @returns a table with a row per plan.
 * @example
 * ```ts
 * formatTextTable(planSummaryTable(data));
 * ```
 */
export function planSummaryTable(data: ReportData): ReportTable {
  return {
    caption: 'Reach at the end of the period, and what it costs',
    columns: [
      { header: 'plan' },
      right('educators'),
      right('reached'),
      right('90% of runs'),
      right('effective'),
      right('facilitator hours'),
      right('release days'),
    ],
    rows: data.plans.map((plan) => {
      const last = plan.reachOverTime.at(-1);
      const effective = last?.effective;
      return [
        plan.name,
        formatCount(plan.educators),
        reachCell(finalReach(plan), plan.educators),
        rangeCell(last),
        effective === undefined ? '–' : formatShare(effective / plan.educators),
        formatQuantity(plan.cost.facilitatorHours),
        formatQuantity(plan.cost.releaseDays),
      ];
    }),
  };
}

/**
 * Reach at each date, one column per plan, and beside it the range that
 * holds 90% of replications where the plan carries one (the numbers
 * behind the "reach over the year" chart and its band).
 *
 * @param data - the report's plans.
 * @returns a table with a row per date found in any plan.
 * @example
 * ```ts
 * reachOverTimeTable(data).rows[0]; // ['2027-04-30', '12 (2.3%)', '9–15', ...]
 * ```
 */
export function reachOverTimeTable(data: ReportData): ReportTable {
  const dates = [
    ...new Set(data.plans.flatMap((p) => p.reachOverTime.map((r) => r.date))),
  ].sort();
  const byPlan = data.plans.map(
    (plan) => new Map(plan.reachOverTime.map((point) => [point.date, point])),
  );

  const ranged = data.plans.map((plan) =>
    plan.reachOverTime.some((point) => point.low !== undefined),
  );

  return {
    caption: 'Educators reached by each date',
    columns: [
      { header: 'date' },
      ...data.plans.flatMap((plan, index) =>
        ranged[index]
          ? [right(plan.name), right('90% of runs')]
          : [right(plan.name)],
      ),
    ],
    rows: dates.map((date) => [
      date,
      ...data.plans.flatMap((plan, index) => {
        const point = byPlan[index]?.get(date);
        const cell = point ? reachCell(point.reached, plan.educators) : '–';
        return ranged[index] ? [cell, rangeCell(point)] : [cell];
      }),
    ]),
  };
}

/**
 * The share reached in each school, one column per plan (the numbers
 * behind the "reach by school" chart). Schools are listed in the order of
 * the first plan.
 *
 * @param data - the report's plans.
 * @returns a table with a row per school.
 * @example
 * ```ts
 * reachBySchoolTable(data).rows[0]; // ['港中学校', '24', '12.5%', '100.0%']
 * ```
 */
export function reachBySchoolTable(data: ReportData): ReportTable {
  const schools = data.plans[0]?.reachBySchool ?? [];
  const byPlan = data.plans.map(
    (plan) => new Map(plan.reachBySchool.map((row) => [row.schoolId, row])),
  );

  return {
    caption: 'Share of each school reached at the end of the period',
    columns: [
      { header: 'school' },
      right('educators'),
      ...data.plans.map((p) => right(p.name)),
    ],
    rows: schools.map((school) => [
      school.name,
      formatCount(school.educators),
      ...byPlan.map((rows) => {
        const row = rows.get(school.schoolId);
        return row ? formatShare(row.reached / row.educators) : '–';
      }),
    ]),
  };
}

/**
 * Educators reached through each channel, one column per plan. An
 * educator reached through two channels counts in both rows.
 *
 * @param data - the report's plans.
 * @returns a table with a row per channel found in any plan.
 * @example
 * ```ts
 * channelTable(data).rows[0]; // ['seminar', '61', '61']
 * ```
 */
export function channelTable(data: ReportData): ReportTable {
  const channels = [
    ...new Set(data.plans.flatMap((p) => p.channels.map((c) => c.channel))),
  ];

  return {
    caption: 'Educators reached through each channel',
    columns: [{ header: 'channel' }, ...data.plans.map((p) => right(p.name))],
    rows: channels.map((channel) => [
      channel,
      ...data.plans.map((plan) => {
        const row = plan.channels.find((c) => c.channel === channel);
        return formatCount(row?.reached ?? 0);
      }),
    ]),
  };
}

/**
 * Cost against reach: facilitator hours and release days per plan, and the
 * facilitator hours spent per educator reached.
 *
 * @param data - the report's plans.
 * @returns a table with a row per plan.
 * @example
 * ```ts
 * costTable(data).rows[0]; // ["Today's plan", '11.9%', '24', '31.5', '0.4']
 * ```
 */
export function costTable(data: ReportData): ReportTable {
  return {
    caption: 'Cost against reach',
    columns: [
      { header: 'plan' },
      right('reached'),
      right('facilitator hours'),
      right('release days'),
      right('hours per educator reached'),
    ],
    rows: data.plans.map((plan) => {
      const reached = finalReach(plan);
      return [
        plan.name,
        formatShare(reached / plan.educators),
        formatQuantity(plan.cost.facilitatorHours),
        formatQuantity(plan.cost.releaseDays),
        reached > 0
          ? formatQuantity(plan.cost.facilitatorHours / reached)
          : '–',
      ];
    }),
  };
}

/**
 * The terms and rules found in any plan, in first-seen order, keyed
 * `termId/ruleId`.
 *
 * @internal
 */
export function complianceRows(
  data: ReportData,
): Map<string, { term: string; rule: string }> {
  const rows = new Map<string, { term: string; rule: string }>();
  for (const plan of data.plans) {
    for (const row of plan.compliance) {
      const key = `${row.termId}/${row.ruleId}`;
      rows.set(key, { term: row.name, rule: row.ruleName });
    }
  }
  return rows;
}

/**
 * The share meeting each requirement rule in each term, one column per
 * plan.
 *
 * @param data - the report's plans.
 * @returns a table with a row per term and rule found in any plan; no
 *   rows when no plan has requirements.
 * @example
 * ```ts
 * complianceTable(data).rows[0];
 * // ['Term 1', 'At least one session per term', '8.0%', '96.2%']
 * ```
 */
export function complianceTable(data: ReportData): ReportTable {
  const shares = data.plans.map(
    (plan) =>
      new Map(plan.compliance.map((r) => [`${r.termId}/${r.ruleId}`, r.share])),
  );

  return {
    caption: 'Share of educators meeting each requirement, by term',
    columns: [
      { header: 'term' },
      { header: 'requirement' },
      ...data.plans.map((p) => right(p.name)),
    ],
    rows: [...complianceRows(data)].map(([key, { term, rule }]) => [
      term,
      rule,
      ...shares.map((byKey) => {
        const share = byKey.get(key);
        return share === undefined ? '–' : formatShare(share);
      }),
    ]),
  };
}
