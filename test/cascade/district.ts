import type {
  AdopterSegment,
  CascadeLevelInput,
  CascadePlanInput,
  Scenario,
  ScenarioInput,
} from '../../src/index.js';
import { parseScenario } from '../../src/index.js';

const SEGMENTS: readonly AdopterSegment[] = [
  'innovator',
  'early-adopter',
  'early-adopter',
  'early-majority',
  'early-majority',
  'early-majority',
  'late-majority',
  'late-majority',
  'laggard',
];
const DEPARTMENTS = ['maths', 'science', 'language', 'arts'];

/**
 * A district written by hand: one school per headcount, educators with
 * segments and departments dealt in turn, the first of each school an ICT
 * leader. The seminar "lesson-design" has three seats per school and meets
 * on Thursday 2027-05-20 and 2027-10-14.
 */
export function handDistrict(
  headcounts: readonly number[],
  cascades: readonly CascadePlanInput[] = [],
): ScenarioInput {
  const schools = headcounts.map((_, i) => ({
    id: schoolId(i),
    name: `School ${i + 1}`,
    level: 'lower-secondary' as const,
  }));
  const educators = headcounts.flatMap((count, i) =>
    Array.from({ length: count }, (_, j) => ({
      id: `${schoolId(i)}-e${String(j + 1).padStart(3, '0')}`,
      schoolId: schoolId(i),
      roles:
        j === 0
          ? ['teacher' as const, 'ict-leader' as const]
          : ['teacher' as const],
      departments: [DEPARTMENTS[j % DEPARTMENTS.length] as string],
      segment: SEGMENTS[j % SEGMENTS.length] as AdopterSegment,
    })),
  );

  return {
    schemaVersion: 1,
    name: 'Hand-made district',
    district: {
      id: 'hand',
      name: 'Hand-made district',
      timeZone: 'Asia/Tokyo',
      schools,
      educators,
      calendar: {
        years: [
          {
            id: '2027',
            start: '2027-04-01',
            end: '2028-03-31',
            terms: [
              {
                id: 't1',
                name: 'Term 1',
                start: '2027-04-06',
                end: '2027-07-20',
              },
              {
                id: 't2',
                name: 'Term 2',
                start: '2027-09-01',
                end: '2027-12-24',
              },
              {
                id: 't3',
                name: 'Term 3',
                start: '2028-01-11',
                end: '2028-03-24',
              },
            ],
            closures: [
              { name: 'Summer break', start: '2027-07-21', end: '2027-08-31' },
              { name: 'Marine Day', start: '2027-07-19', end: '2027-07-19' },
              { name: 'Culture Day', start: '2027-11-03', end: '2027-11-03' },
              { name: 'Winter break', start: '2027-12-25', end: '2028-01-10' },
            ],
          },
        ],
      },
    },
    catalogue: {
      categories: [{ id: 'tl', name: 'Teaching & Learning' }],
      offerings: [
        {
          id: 'lesson-design',
          format: 'seminar-series',
          title: 'Creative lesson design',
          description: 'Observe real lessons and discuss them.',
          categoryIds: ['tl'],
          durationMinutes: 180,
          seatsPerSchool: 3,
          venue: 'central',
          schedule: {
            kind: 'dates',
            dates: ['2027-05-20', '2027-10-14'],
            startTime: '14:00',
          },
        },
        {
          id: 'pod-community',
          format: 'community',
          title: 'School learning community',
          description: 'A monthly pod meeting at each school.',
          categoryIds: ['tl'],
          durationMinutes: 60,
          venue: 'school',
          schedule: {
            kind: 'dates',
            dates: ['2027-05-12', '2027-06-09', '2027-07-07'],
            startTime: '16:00',
          },
        },
        {
          id: 'ict-course',
          format: 'async-course',
          title: 'ICT basics',
          description: 'Self-paced.',
          categoryIds: ['tl'],
          durationMinutes: 30,
          venue: 'online',
          modules: 6,
          expectedWeeks: 6,
        },
      ],
    },
    cascades: [...cascades],
  };
}

/** The id of the i-th school: s01, s02, … */
export function schoolId(i: number): string {
  return `s${String(i + 1).padStart(2, '0')}`;
}

/** One level of pods of six, run within ten school days. */
export function podLevel(
  id: string,
  ledBy: string,
  extra: Partial<CascadeLevelInput> = {},
) {
  return {
    id,
    ledBy,
    audience: 'pod' as const,
    podSize: { min: 2, max: 6 },
    sessionsPerLeader: 1,
    withinSchoolDays: 10,
    startTime: '16:00',
    durationMinutes: 45,
    fidelityKept: 0.75,
    ...extra,
  };
}

/** A cascade from the seminar with the given levels. */
export function seminarCascade(
  levels: ReturnType<typeof podLevel>[],
  extra: Partial<Extract<CascadePlanInput, { kind: 'cascade' }>> = {},
): CascadePlanInput {
  return {
    kind: 'cascade',
    id: 'design-cascade',
    name: 'Lesson design back at school',
    sourceOfferingId: 'lesson-design',
    leaderSelection: { by: 'segment', includeUnknown: true },
    levels,
    ...extra,
  };
}

/** Parses a hand-made district, throwing on any issue. */
export function parsed(input: ScenarioInput): Scenario {
  return parseScenario(input);
}
