import type { Educator } from '../model/educator.js';
import type {
  EducatorVerdict,
  RequirementStatus,
  RequirementVerdict,
} from './report-types.js';

const RANK: Record<RequirementStatus, number> = {
  exempt: 0,
  met: 1,
  'on-track': 2,
  'at-risk': 3,
  behind: 4,
};

/**
 * Counts of educators by their binding status in one group.
 *
 * @example
 * ```ts
 * const school: StatusCounts = {
 *   key: 's01', educators: 24, exempt: 1, met: 15, 'on-track': 4, 'at-risk': 3, behind: 1,
 * };
 * ```
 */
export interface StatusCounts {
  /** The school id, department, role, rule id, or `district`. */
  readonly key: string;
  /** Educators counted: those in scope of at least one individual rule. */
  readonly educators: number;
  /** Of them, excused for the whole period. */
  readonly exempt: number;
  /** Of them, having met the rule. */
  readonly met: number;
  /** Of them, on track. */
  readonly 'on-track': number;
  /** Of them, at risk. */
  readonly 'at-risk': number;
  /** Of them, behind. */
  readonly behind: number;
}

/**
 * The worst verdict first; among equals, the earliest deadline (last
 * chance, else the period's end), then the largest share still needed,
 * then the rule's order in the scenario (the sort is stable).
 *
 * @internal
 */
export function compareUrgency(
  a: RequirementVerdict,
  b: RequirementVerdict,
): number {
  const rank = RANK[b.status] - RANK[a.status];
  if (rank !== 0) return rank;
  // Local dates compare as plain strings; localeCompare is far slower.
  const da = deadlineOf(a);
  const db = deadlineOf(b);
  if (da !== db) return da < db ? -1 : 1;
  return share(b) - share(a);
}

function deadlineOf(verdict: RequirementVerdict): string {
  return verdict.lastChance ?? verdict.period.end;
}

function share(verdict: RequirementVerdict): number {
  return verdict.target > 0 ? verdict.needed / verdict.target : 0;
}

/**
 * Counts binding statuses per group. An educator in two departments counts
 * once in each department and once in the district.
 *
 * @internal
 */
export function countByGroup(
  educators: readonly Educator[],
  binding: readonly (EducatorVerdict | undefined)[],
  groupsOf: (educator: Educator) => readonly string[],
): StatusCounts[] {
  const counts = new Map<string, Record<string, number>>();
  educators.forEach((educator, i) => {
    const verdict = binding[i];
    if (verdict === undefined) return;
    const keys = groupsOf(educator);
    for (const key of keys.length > 1 ? new Set(keys) : keys) {
      const row = counts.get(key) ?? emptyRow();
      row['educators'] = (row['educators'] ?? 0) + 1;
      row[verdict.status] = (row[verdict.status] ?? 0) + 1;
      counts.set(key, row);
    }
  });
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, row]) => ({ key, ...row }) as StatusCounts);
}

/**
 * Counts every verdict of each rule by status, over the educators in its
 * scope.
 *
 * @internal
 */
export function countByRule(
  ruleIds: readonly string[],
  verdicts: readonly EducatorVerdict[],
): StatusCounts[] {
  const rows = new Map(ruleIds.map((id) => [id, emptyRow()]));
  for (const verdict of verdicts) {
    const row = rows.get(verdict.ruleId);
    if (row === undefined) continue;
    row['educators'] = (row['educators'] ?? 0) + 1;
    row[verdict.status] = (row[verdict.status] ?? 0) + 1;
  }
  return [...rows].map(([key, row]) => ({ key, ...row }) as StatusCounts);
}

function emptyRow(): Record<string, number> {
  return {
    educators: 0,
    exempt: 0,
    met: 0,
    'on-track': 0,
    'at-risk': 0,
    behind: 0,
  };
}
