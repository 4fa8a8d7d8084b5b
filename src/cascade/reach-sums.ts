import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { fromEpochDay } from '../calendar/local-date.js';
import type { LevelMoments } from './branching.js';
import { SOURCE_LEVEL } from './defaults.js';
import type { CascadePlan } from './plan-schema.js';
import type { ExpectedLevelReach, ExpectedTermReach } from './reach-result.js';
import type { ResolvedLevel } from './resolve-levels.js';

/** One school's expected reach and level days. @internal */
export interface DatedReach {
  readonly reach: readonly number[];
  readonly days: readonly (number | undefined)[];
}

/**
 * Adds the schools' expected reach per level; a level's date is its
 * earliest first day at any school.
 *
 * @internal
 */
export function sumLevels(
  plan: CascadePlan,
  levels: readonly ResolvedLevel[],
  rows: readonly (DatedReach & { moments: readonly LevelMoments[] })[],
  fidelities: readonly number[],
  calendar: CompiledCalendar,
): ExpectedLevelReach[] {
  const ids = [plan.kind === 'cascade' ? SOURCE_LEVEL : 'leaders'];
  ids.push(...levels.map((level) => level.id));

  return ids.map((levelId, l) => {
    const days = rows
      .map((row) => row.days[l])
      .filter((d): d is number => d !== undefined);
    const first = days.length > 0 ? Math.min(...days) : undefined;
    const level = {
      level: l,
      levelId,
      reached: total(rows.map((row) => row.reach[l] ?? 0)),
      uncappedMean: total(rows.map((row) => row.moments[l]?.mean ?? 0)),
      uncappedVariance: total(rows.map((row) => row.moments[l]?.variance ?? 0)),
      fidelity: fidelities[l] ?? 0,
    };
    if (first === undefined) return level;

    const term = calendar.termOf(first);
    const dated = { ...level, date: fromEpochDay(first) };
    return term === undefined ? dated : { ...dated, termId: term.term.id };
  });
}

/**
 * Adds the schools' expected reach per term of each level's first day at
 * that school. Reach whose level has no day is counted as undated.
 *
 * @internal
 */
export function sumTerms(
  calendar: CompiledCalendar,
  rows: readonly DatedReach[],
  fidelities: readonly number[],
): { terms: ExpectedTermReach[]; undated: number } {
  const byTerm = new Map<number, { reached: number; weighted: number }>();
  let undated = 0;

  for (const row of rows) {
    row.reach.forEach((reached, l) => {
      const day = row.days[l];
      const term = day === undefined ? undefined : calendar.termOf(day);
      if (term === undefined) {
        undated += reached;
        return;
      }
      const entry = byTerm.get(term.index) ?? { reached: 0, weighted: 0 };
      entry.reached += reached;
      entry.weighted += reached * (fidelities[l] ?? 0);
      byTerm.set(term.index, entry);
    });
  }

  let cumulative = 0;
  const terms = [...byTerm.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, entry]) => {
      const term = calendar.terms[index];
      cumulative += entry.reached;
      return {
        yearId: term?.year.id ?? '',
        termId: term?.term.id ?? '',
        reached: entry.reached,
        cumulative,
        meanFidelity: entry.reached > 0 ? entry.weighted / entry.reached : 0,
      };
    });
  return { terms, undated };
}

function total(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0);
}
