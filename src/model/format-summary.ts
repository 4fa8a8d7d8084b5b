import { formatTextTable } from '../report/text-table.js';
import type { ScenarioSummary } from './summarize-scenario.js';

/**
 * Writes a {@link ScenarioSummary} as text tables a planner can read in a
 * terminal: schools by level, educators by role and by segment, the
 * categories, and each scheduled offering's sessions per term.
 *
 * @param summary - the figures from {@link summarizeScenario}.
 * @returns the text, ending with a newline.
 * @example
 * ```ts
 * const text = formatScenarioSummary(summarizeScenario(exampleScenario()));
 * text.split('\n')[0]; // 'Example City: the seminar plan for 2027-28'
 * ```
 */
export function formatScenarioSummary(summary: ScenarioSummary): string {
  const { schools, educators, offerings } = summary;
  const heading = [
    summary.name,
    `${summary.districtName} · ${summary.timeZone} · ` +
      `${schools.total} schools · ${educators.total} educators ` +
      `(${educators.partTime} part time) · ${offerings.total} offerings`,
  ].join('\n');

  const counts = (
    caption: string,
    header: string,
    entries: [string, number][],
    total?: number,
  ) =>
    formatTextTable({
      caption,
      columns: [
        { header },
        { header: 'count', align: 'right' },
        ...(total ? [{ header: 'share', align: 'right' as const }] : []),
      ],
      rows: entries.map(([key, count]) => [
        key,
        String(count),
        ...(total ? [`${((count / total) * 100).toFixed(1)}%`] : []),
      ]),
    });

  const nonZero = (record: Readonly<Record<string, number>>) =>
    Object.entries(record).filter(([, count]) => count > 0);

  return [
    `${heading}\n`,
    counts('Schools by level', 'level', nonZero(schools.byLevel)),
    counts(
      'Educators by role (someone with two roles counts under both)',
      'role',
      nonZero(educators.byRole),
    ),
    counts(
      'Educators by adopter segment',
      'segment',
      Object.entries(educators.bySegment),
      educators.total,
    ),
    counts(
      'Offerings by category',
      'category',
      offerings.byCategory.map((c) => [c.name, c.offerings]),
    ),
    sessionTable(summary),
  ].join('\n');
}

function sessionTable(summary: ScenarioSummary): string {
  if (summary.sessionIssues.length > 0) {
    const first = summary.sessionIssues[0]?.message ?? '';
    return (
      'Sessions per term: not counted, the schedule could not be ' +
      `expanded (${first})\n`
    );
  }

  const years = new Set(summary.terms.map((term) => term.yearId));
  const termHeader = (term: ScenarioSummary['terms'][number]) =>
    years.size > 1 ? `${term.yearId} ${term.name}` : term.name;
  const hasOutside = summary.sessions.some((row) => row.outsideTerms > 0);

  return formatTextTable({
    caption: 'Sessions per term',
    columns: [
      { header: 'offering' },
      ...summary.terms.map((term) => ({
        header: termHeader(term),
        align: 'right' as const,
      })),
      ...(hasOutside
        ? [{ header: 'between terms', align: 'right' as const }]
        : []),
      { header: 'total', align: 'right' },
    ],
    rows: summary.sessions.map((row) => [
      row.title,
      ...row.perTerm.map(String),
      ...(hasOutside ? [String(row.outsideTerms)] : []),
      String(row.total),
    ]),
  });
}
