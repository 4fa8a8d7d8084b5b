import type { CalendarFeed, Scenario } from '../../index.js';
import { expandSessions, safeToICalendar } from '../../index.js';
import { CliFailure, EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { formatIssues, loadScenario } from '../load-scenario.js';

/** Options of `reachplan calendar`. */
export interface CalendarCommandOptions {
  /** Only this school's calendar. */
  readonly school?: string;
  /** Only this educator's calendar. */
  readonly educator?: string;
  /** The right-hand side of every event UID. */
  readonly domain: string;
}

function feedOf(options: CalendarCommandOptions): CalendarFeed {
  if (options.school !== undefined) {
    return { kind: 'school', schoolId: options.school };
  }
  if (options.educator !== undefined) {
    return { kind: 'educator', educatorId: options.educator };
  }
  return { kind: 'district' };
}

/**
 * The shared calendar of a scenario as iCalendar text: the district's, a
 * school's or an educator's sessions, each with its short description.
 *
 * @param scenario - a parsed scenario.
 * @param options - which feed, and the UID domain.
 * @param generatedAt - the DTSTAMP of every event.
 * @returns the `.ics` text.
 * @throws {@link CliFailure} (exit 2) naming an unknown school or educator.
 */
export function calendarText(
  scenario: Scenario,
  options: CalendarCommandOptions,
  generatedAt: string,
): string {
  const result = safeToICalendar(scenario, expandSessions(scenario), {
    domain: options.domain,
    generatedAt,
    feed: feedOf(options),
  });
  if (result.success) return result.data.text;

  throw new CliFailure(
    EXIT.usage,
    `cannot make the calendar:\n${formatIssues(result.issues).trimEnd()}`,
  );
}

/**
 * `reachplan calendar scenario.json [--school S | --educator E]`: writes
 * the calendar to stdout, for staff to import or subscribe to.
 *
 * @param io - where to write.
 * @param file - the scenario file.
 * @param options - which feed, and the UID domain.
 * @throws CliFailure when the file is unreadable or invalid, or the school
 *   or educator is unknown.
 */
export function calendarCommand(
  io: CliIo,
  file: string,
  options: CalendarCommandOptions,
): void {
  const scenario = loadScenario(io.cwd, file);
  // The command line is the one place that may read the clock.
  io.stdout(calendarText(scenario, options, new Date().toISOString()));
}
