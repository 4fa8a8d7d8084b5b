import type {
  AcademicCalendar,
  Offering,
  Scenario,
  Schedule,
} from '../../src/index.js';
import { parseScenario } from '../../src/index.js';

/** A one-year calendar, Monday to Friday, with no closures unless given. */
export function simpleCalendar(
  extra: Partial<AcademicCalendar['years'][number]> = {},
  blackouts: AcademicCalendar['blackouts'] = [],
): AcademicCalendar {
  return {
    years: [
      {
        id: '2027',
        start: '2027-01-01',
        end: '2027-12-31',
        terms: [
          { id: 't1', name: 'Term 1', start: '2027-01-04', end: '2027-06-30' },
          { id: 't2', name: 'Term 2', start: '2027-09-01', end: '2027-12-17' },
        ],
        closures: [],
        ...extra,
      },
    ],
    blackouts,
  };
}

/** An opt-in offering with the given schedule. */
export function optIn(
  id: string,
  schedule: Schedule,
  extra: Record<string, unknown> = {},
): Offering {
  return {
    id,
    format: 'opt-in-session',
    title: `Opt-in ${id}`,
    description: 'A short opt-in session.',
    categoryIds: ['tl'],
    durationMinutes: 60,
    venue: 'central',
    capacity: 20,
    schedule,
    ...extra,
  } as Offering;
}

/**
 * A parsed scenario with three schools and a few educators. `unchecked`
 * skips parsing, to hand expandSessions rules the parser would refuse.
 */
export function makeScenario(options: {
  timeZone?: string;
  calendar?: AcademicCalendar;
  offerings: Offering[];
  requirements?: unknown[];
  unchecked?: boolean;
}): Scenario {
  const input = {
    schemaVersion: 1,
    name: 'Schedule tests',
    district: {
      id: 'd',
      name: 'Test district',
      timeZone: options.timeZone ?? 'America/New_York',
      calendar: options.calendar ?? simpleCalendar(),
      schools: [
        { id: 's1', name: 'North Elementary', level: 'elementary' },
        { id: 's2', name: 'South Middle', level: 'lower-secondary' },
        { id: 's3', name: '港区立 中学校', level: 'lower-secondary' },
      ],
      educators: [
        { id: 'e1', schoolId: 's1', roles: ['teacher'] },
        { id: 'e2', schoolId: 's2', roles: ['teacher', 'ict-leader'] },
        {
          id: 'e3',
          schoolId: 's3',
          roles: ['teacher'],
          departments: ['maths'],
        },
      ],
    },
    catalogue: {
      categories: [
        { id: 'tl', name: 'Teaching & Learning' },
        { id: 'pastoral', name: 'Pastoral care / restorative practice' },
      ],
      offerings: options.offerings,
    },
    ...(options.requirements ? { requirements: options.requirements } : {}),
  };
  return options.unchecked ? (input as Scenario) : parseScenario(input);
}
