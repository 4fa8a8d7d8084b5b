import type { Scenario } from '../model/scenario.js';
import type { ScenarioComparison } from '../simulation/compare.js';
import type { ReportColumn, ReportTable } from './table.js';
import { formatQuantity, formatShare } from './table.js';

const right = (header: string): ReportColumn => ({ header, align: 'right' });

function signed(share: number): string {
  const text = formatShare(Math.abs(share));
  return share < 0 ? `−${text}` : `+${text}`;
}

/**
 * Plans side by side: reach at the end of each term, effective reach and
 * cost at the end, and the paired difference in reach from the first plan
 * with the range holding 90% of replications.
 *
 * @param scenarios - the scenarios compared, in the same order.
 * @param comparison - what `compareScenarios` returned for them.
 * @returns a table with a row per plan.
 * @example
 * ```ts
 * const comparison = compareScenarios([today, pods], { seed: 1, replications: 100 });
 * formatTextTable(comparisonTable([today, pods], comparison));
 * ```
 */
export function comparisonTable(
  scenarios: readonly Scenario[],
  comparison: ScenarioComparison,
): ReportTable {
  const first = comparison.results[0];
  const names = new Map(
    (scenarios[0]?.district.calendar.years ?? []).flatMap((year) =>
      year.terms.map((term) => [term.id, term.name] as const),
    ),
  );
  const terms = (first?.terms ?? []).map(
    (term) => names.get(term.termId ?? '') ?? term.label,
  );

  return {
    caption: 'Plans side by side (reach at the end of each term)',
    columns: [
      { header: 'plan' },
      ...terms.map(right),
      right('effective'),
      right('facilitator hours'),
      right('release days'),
      right('vs first plan'),
      right('90% of runs'),
    ],
    rows: comparison.results.map((result, index) => {
      const difference = comparison.differences[index];
      const name = scenarios[index]?.name ?? result.layout.scenario;
      return [
        name,
        ...terms.map((_, t) => formatShare(result.terms[t]?.reached.mean ?? 0)),
        formatShare(result.end.effective.mean),
        formatQuantity(result.end.cost.facilitatorHours.mean),
        formatQuantity(result.end.cost.substituteDays.mean),
        index === 0 || !difference ? '–' : signed(difference.reached.mean),
        index === 0 || !difference
          ? '–'
          : `${signed(difference.reached.p5)} to ${signed(difference.reached.p95)}`,
      ];
    }),
  };
}
