import type { ScenarioInput } from '../../src/index.js';
import { parseScenario } from '../../src/index.js';

type EducatorInput = ScenarioInput['district']['educators'][number];
type OfferingInput = ScenarioInput['catalogue']['offerings'][number];
type CascadeInput = NonNullable<ScenarioInput['cascades']>[number];

/** One academic year with one term; every weekday a school day. */
export function oneTermCalendar(years = 1) {
  return {
    schoolHours: { start: '09:00', end: '15:00' },
    years: Array.from({ length: years }, (_, k) => {
      const y = 2027 + k;
      return {
        id: String(y),
        start: `${y}-04-01`,
        end: `${y + 1}-03-31`,
        terms: [
          {
            id: `${y}-t1`,
            name: 'Term 1',
            start: `${y}-04-05`,
            end: `${y}-07-20`,
          },
        ],
        closures: [],
      };
    }),
  };
}

/** A whole-year term, for word of mouth over several years. */
export function wholeYearCalendar(years: number) {
  return {
    years: Array.from({ length: years }, (_, k) => {
      const y = 2027 + k;
      return {
        id: String(y),
        start: `${y}-04-01`,
        end: `${y + 1}-03-31`,
        terms: [
          {
            id: `${y}-t`,
            name: 'Year',
            start: `${y}-04-01`,
            end: `${y + 1}-03-31`,
          },
        ],
        closures: [],
      };
    }),
  };
}

/** Builds and parses a scenario from parts. */
export function buildScenario(parts: {
  educators: EducatorInput[];
  schools?: string[];
  offerings?: OfferingInput[];
  calendar?: ScenarioInput['district']['calendar'];
  behaviour?: ScenarioInput['behaviour'];
  requirements?: ScenarioInput['requirements'];
  cascades?: ScenarioInput['cascades'];
}) {
  const schoolIds = parts.schools ?? [
    ...new Set(parts.educators.map((e) => e.schoolId)),
  ];
  return parseScenario({
    schemaVersion: 1,
    name: 'test',
    district: {
      id: 'd',
      name: 'Test district',
      timeZone: 'Asia/Tokyo',
      schools: schoolIds.map((id) => ({
        id,
        name: `School ${id}`,
        level: 'lower-secondary',
      })),
      educators: parts.educators,
      calendar: parts.calendar ?? oneTermCalendar(),
    },
    catalogue: {
      categories: [{ id: 'tl', name: 'Teaching & Learning' }],
      offerings: parts.offerings ?? [],
    },
    ...(parts.behaviour ? { behaviour: parts.behaviour } : {}),
    ...(parts.requirements ? { requirements: parts.requirements } : {}),
    ...(parts.cascades ? { cascades: parts.cascades } : {}),
  });
}

/** `count` teachers at one school, ids `${prefix}${k}`. */
export function teachers(
  count: number,
  schoolId = 's1',
  prefix = 'e',
): EducatorInput[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `${prefix}${k}`,
    schoolId,
    roles: ['teacher' as const],
    segment: 'early-majority' as const,
  }));
}

/** Behaviour with every chance fixed and word of mouth off. */
export const certain = {
  attendIfBooked: 1,
  volunteer: 1,
  optIn: 1,
  joinCommunity: 1,
  moduleCompletionPerWeek: 1,
  asyncEnrol: 0,
  leaderActivation: 1,
  forgettingHalfLifeDays: 100_000,
  wordOfMouth: { enabled: false },
} as const;

const common = {
  categoryIds: ['tl'],
  description: 'A test offering.',
};

/** A scheduled offering on given dates. */
export function dated(
  id: string,
  format: 'seminar-series' | 'opt-in-session' | 'department-pd',
  dates: string[],
  extra: Partial<OfferingInput> & { startTime?: string } = {},
): OfferingInput {
  const { startTime = '16:00', ...rest } = extra;
  return {
    id,
    format,
    title: id,
    durationMinutes: 60,
    venue: 'central',
    ...common,
    schedule: { kind: 'dates', dates, startTime },
    ...rest,
  } as OfferingInput;
}

/**
 * A train-the-trainer plan from a seminar: each school's ICT leader leads
 * pods of `podSize` at school, and pod members lead the next level.
 */
export function ictCascade(parts: {
  source: string;
  podSize: number;
  sessionsPerLeader?: number;
  maxDepth?: number;
  schoolIds?: string[];
  behaviour?: { leaderActivation: number; attendance: number };
}): CascadeInput {
  return {
    kind: 'cascade',
    id: `${parts.source}-cascade`,
    name: `Back at school after ${parts.source}`,
    sourceOfferingId: parts.source,
    leaderSelection: { by: 'role', roles: ['ict-leader'] },
    leadersPerSchool: 1,
    ...(parts.schoolIds ? { schoolIds: parts.schoolIds } : {}),
    levels: [
      {
        id: 'pods',
        ledBy: 'source',
        audience: 'school',
        podSize: { min: parts.podSize, max: parts.podSize },
        sessionsPerLeader: parts.sessionsPerLeader ?? 1,
        withinSchoolDays: 10,
        startTime: '16:00',
        durationMinutes: 45,
        fidelityKept: 0.75,
        ...(parts.behaviour ? { behaviour: parts.behaviour } : {}),
      },
    ],
    maxDepth: parts.maxDepth ?? 1,
  };
}

export { common as offeringCommon };
