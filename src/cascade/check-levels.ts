import type { AcademicCalendar } from '../model/calendar-schema.js';
import type { ReachplanIssue } from '../model/issues.js';
import type { Weekday } from '../model/primitives.js';
import { WEEKDAYS } from '../model/primitives.js';
import { SOURCE_LEVEL } from './defaults.js';
import type { CascadeLevel } from './plan-schema.js';

type Path = readonly (string | number)[];

/**
 * Checks that each level is led by the level just above it: the first by
 * `source`, every other by the id of the one before. Reports unknown
 * leaders, cycles (once each) and levels led by the wrong level.
 *
 * @internal
 */
export function checkLevelChain(
  levels: readonly CascadeLevel[],
  path: Path,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  const indexOf = new Map<string, number>();

  levels.forEach((level, i) => {
    if (level.id === SOURCE_LEVEL) {
      issues.push({
        code: 'reserved_id',
        path: [...path, i, 'id'],
        message: `level id "${SOURCE_LEVEL}" is reserved for the source offering's attendees`,
      });
    } else if (indexOf.has(level.id)) {
      issues.push({
        code: 'duplicate_id',
        path: [...path, i, 'id'],
        message: `level id "${level.id}" is used twice`,
      });
    } else {
      indexOf.set(level.id, i);
    }
  });

  const inCycle = findCycles(levels, indexOf, path, issues);

  levels.forEach((level, i) => {
    if (inCycle.has(i)) return;
    const expected = i === 0 ? SOURCE_LEVEL : levels[i - 1]?.id;
    if (level.ledBy === expected) return;

    const at = [...path, i, 'ledBy'];
    if (level.ledBy !== SOURCE_LEVEL && !indexOf.has(level.ledBy)) {
      issues.push({
        code: 'unknown_reference',
        path: at,
        message: `level "${level.id}" is led by "${level.ledBy}", which is neither "${SOURCE_LEVEL}" nor a level of this cascade`,
      });
      return;
    }
    issues.push({
      code: 'leader_not_trained',
      path: at,
      message: `level "${level.id}" is led by "${level.ledBy}", but its leaders must be the people trained by the level above, "${expected}"`,
    });
  });

  return issues;
}

// Follows `ledBy` from every level; a walk that comes back to a level it
// already passed is a cycle. Returns the indices of levels on any cycle.
function findCycles(
  levels: readonly CascadeLevel[],
  indexOf: ReadonlyMap<string, number>,
  path: Path,
  issues: ReachplanIssue[],
): Set<number> {
  const onCycle = new Set<number>();

  levels.forEach((_level, start) => {
    const seen: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && !seen.includes(at)) {
      seen.push(at);
      const ledBy: string | undefined = levels[at]?.ledBy;
      at = ledBy === undefined ? undefined : indexOf.get(ledBy);
    }
    if (at === undefined || onCycle.has(at)) return;

    const cycle = seen.slice(seen.indexOf(at));
    for (const i of cycle) onCycle.add(i);
    const first = Math.min(...cycle);
    // A cycle holds at least one level, so `cycle[0]` exists.
    const names = [...cycle, cycle[0] as number].map(
      (i) => `"${levels[i]?.id}"`,
    );
    issues.push({
      code: 'cascade_cycle',
      path: [...path, first, 'ledBy'],
      message: `levels lead each other in a cycle: ${names.join(' led by ')}`,
    });
  });

  return onCycle;
}

/**
 * Checks that a level's weekdays hold sessions at all: at least one must
 * be a school weekday that no weekday blackout closes, or every pod of the
 * level would go without a day.
 *
 * @internal
 */
export function checkLevelWeekdays(
  calendar: AcademicCalendar,
  level: CascadeLevel,
  path: Path,
): ReachplanIssue[] {
  if (level.weekdays === undefined) return [];
  const open = sessionWeekdays(calendar);
  if (level.weekdays.some((day) => open.includes(day))) return [];
  return [
    {
      code: 'no_session_weekday',
      path: [...path, 'weekdays'],
      message: `level "${level.id}" meets only on ${level.weekdays.join(', ')}, but sessions can fall only on ${open.join(', ') || 'no weekday'}`,
    },
  ];
}

function sessionWeekdays(calendar: AcademicCalendar): Weekday[] {
  const school = calendar.schoolWeekdays ?? ['mon', 'tue', 'wed', 'thu', 'fri'];
  const closed = new Set(
    (calendar.blackouts ?? []).flatMap((rule) =>
      rule.kind === 'weekdays' ? rule.weekdays : [],
    ),
  );
  return WEEKDAYS.filter((day) => school.includes(day) && !closed.has(day));
}
