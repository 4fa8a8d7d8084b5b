import { compileCalendar } from '../calendar/compile-calendar.js';
import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import type { LocalDate } from '../calendar/local-date.js';
import { fromEpochDay, toEpochDay } from '../calendar/local-date.js';
import type { ReachplanIssue, SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { ScheduledOffering } from '../model/offering.js';
import type { Scenario } from '../model/scenario.js';
import type { InstantCache } from './build-session.js';
import { makeSession } from './build-session.js';
import { checkExpandArguments } from './expand-arguments.js';
import { hostSchools } from './host-schools.js';
import { compareSessions } from './overlaps.js';
import { scheduleDates } from './schedule-dates.js';
import type { Session } from './session.js';

/**
 * The local dates to expand, both ends inclusive.
 *
 * @example
 * ```ts
 * const firstTerm: ExpandRange = { from: '2027-04-06', to: '2027-07-20' };
 * ```
 */
export interface ExpandRange {
  /** First date, `YYYY-MM-DD`. */
  readonly from: LocalDate;
  /** Last date, `YYYY-MM-DD`, inclusive. */
  readonly to: LocalDate;
}

/**
 * Options of {@link expandSessions}.
 *
 * @example
 * ```ts
 * const options: ExpandOptions = { maxSessions: 50_000 };
 * ```
 */
export interface ExpandOptions {
  /**
   * The most sessions one expansion may yield, all offerings together;
   * more is a `too_many_sessions` issue. 200,000 when missing.
   */
  readonly maxSessions?: number;
}

/**
 * The default cap on sessions from one expansion, all offerings together.
 *
 * @example
 * ```ts
 * DEFAULT_MAX_SESSIONS; // 200000
 * ```
 */
export const DEFAULT_MAX_SESSIONS = 200_000;

/**
 * Expands every scheduled offering into dated sessions, never throwing.
 *
 * Each schedule yields local dates (listed, or an RRULE expanded in
 * floating time); a date that is not a session day (closure, weekend,
 * break, blackout) is skipped, or moved to the next session day when the
 * schedule says `onClosure: 'next-school-day'`; dates outside every
 * academic year are skipped. Each date plus the start time is then placed
 * in the district's zone, so 16:00 stays 16:00 local across a daylight
 * saving change on any host. School-venue `department-pd` and `community`
 * offerings become one session per school (restricted by the offering's
 * `schoolIds` and `levels`).
 *
 * Issues: `invalid_rule` for an RRULE that cannot be read (the message
 * quotes it), `no_occurrences` for a schedule with no date anywhere in the
 * calendar, `too_many_sessions` when the total would pass `maxSessions`.
 * An unbounded rule stops at the range's end.
 *
 * @param scenario - a parsed scenario.
 * @param range - dates to expand; the whole calendar when missing.
 * @param options - the session cap.
 * @returns the sessions, by start instant then id, or every issue found.
 * @example
 * ```ts
 * const result = safeExpandSessions(scenario, { from: '2027-04-01', to: '2027-04-30' });
 * if (result.success) result.data[0]?.id; // 'opt-in@2027-04-13T16:00'
 * ```
 */
export function safeExpandSessions(
  scenario: Scenario,
  range?: ExpandRange,
  options: ExpandOptions = {},
): SafeResult<Session[]> {
  const argumentIssues = checkExpandArguments(range, options);
  if (argumentIssues.length > 0) {
    return { success: false, issues: argumentIssues };
  }

  const compiled = compileCalendar(scenario.district.calendar);
  const calendarWindow = {
    from: fromEpochDay(compiled.firstDay),
    to: fromEpochDay(compiled.lastDay),
  };
  // Dates outside every academic year are dropped anyway, so a wide range
  // costs nothing and cannot reach maxSessions on its own.
  const window = range
    ? {
        from: fromEpochDay(Math.max(toEpochDay(range.from), compiled.firstDay)),
        to: fromEpochDay(Math.min(toEpochDay(range.to), compiled.lastDay)),
      }
    : calendarWindow;
  const limit = options.maxSessions ?? DEFAULT_MAX_SESSIONS;

  const issues: ReachplanIssue[] = [];
  const sessions: Session[] = [];
  const cache: InstantCache = new Map();
  let overflowed = false;

  scenario.catalogue.offerings.forEach((offering, index) => {
    if (!('schedule' in offering)) return;
    const path = ['catalogue', 'offerings', index, 'schedule'];
    const schools = hostSchools(scenario, offering);
    const room = Math.floor((limit - sessions.length) / schools.length);
    const found = scheduleDates(
      offering.schedule,
      path,
      window,
      calendarWindow,
      overflowed ? 0 : room,
    );
    if (!found.ok) {
      issues.push(found.issue);
      return;
    }
    if (overflowed) return;
    if (found.overflow) {
      overflowed = true;
      issues.push({
        code: 'too_many_sessions',
        path,
        message: `offering "${offering.id}" takes the expansion past ${limit} sessions (maxSessions); narrow the range or raise the limit`,
      });
      return;
    }
    for (const date of found.dates) {
      addSessions(sessions, compiled, scenario, offering, date, schools, cache);
    }
  });

  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: sessions.sort(compareSessions) };
}

/**
 * Expands every scheduled offering into dated sessions: see
 * {@link safeExpandSessions} for the rules.
 *
 * @param scenario - a parsed scenario.
 * @param range - dates to expand; the whole calendar when missing.
 * @param options - the session cap.
 * @returns the sessions, by start instant then id.
 * @throws {@link ReachplanError} carrying every issue found.
 * @example
 * ```ts
 * // FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8 from Tuesday 13 April, 16:00 Tokyo
 * const sessions = expandSessions(scenario);
 * sessions.length; // 8
 * sessions[0]?.start; // '2027-04-13T07:00:00.000Z'
 * ```
 */
export function expandSessions(
  scenario: Scenario,
  range?: ExpandRange,
  options?: ExpandOptions,
): Session[] {
  return unwrapResult(safeExpandSessions(scenario, range, options));
}

/** Places one scheduled date, moving or skipping it off closures. */
function addSessions(
  sessions: Session[],
  compiled: CompiledCalendar,
  scenario: Scenario,
  offering: ScheduledOffering,
  date: LocalDate,
  schools: readonly (string | undefined)[],
  cache: InstantCache,
): void {
  const day = toEpochDay(date);
  let held = date;
  let movedFrom: LocalDate | undefined;

  if (!compiled.isSessionDay(day)) {
    // Only a day inside the school year moves; one outside it is dropped.
    const move = offering.schedule.onClosure === 'next-school-day';
    const next =
      move && compiled.yearOf(day) ? compiled.nextSessionDay(day) : undefined;
    if (next === undefined) return;
    held = fromEpochDay(next);
    movedFrom = date;
  }

  for (const schoolId of schools) {
    const session = makeSession(
      compiled,
      scenario.district.timeZone,
      offering,
      {
        date: held,
        startTime: offering.schedule.startTime,
        ...(schoolId === undefined ? {} : { schoolId }),
        ...(movedFrom === undefined ? {} : { movedFrom }),
      },
      cache,
    );
    if (session) sessions.push(session);
  }
}
