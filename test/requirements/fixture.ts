import type { ScenarioInput } from '../../src/index.js';

/**
 * A small district in Asia/Tokyo for requirement tests: three schools,
 * eight educators, a Japanese 2027 academic year with three terms, and a
 * catalogue with scheduled and self-paced offerings.
 */
export function fixtureScenario(): ScenarioInput {
  return {
    schemaVersion: 1,
    name: 'Requirement fixture',
    district: {
      id: 'city',
      name: 'City',
      timeZone: 'Asia/Tokyo',
      schools: [
        { id: 's1', name: 'North', level: 'elementary' },
        {
          id: 's2',
          name: 'South',
          level: 'lower-secondary',
          departments: ['maths', 'science'],
        },
        { id: 's3', name: 'East', level: 'lower-secondary' },
      ],
      educators: [
        { id: 'e1', schoolId: 's1', roles: ['teacher'] },
        { id: 'e2', schoolId: 's1', roles: ['teacher', 'ict-leader'] },
        { id: 'e3', schoolId: 's1', roles: ['principal'] },
        {
          id: 'e4',
          schoolId: 's2',
          roles: ['teacher'],
          departments: ['maths', 'science'],
        },
        {
          id: 'e5',
          schoolId: 's2',
          roles: ['teacher'],
          departments: ['maths'],
          fte: 0.5,
        },
        {
          id: 'e6',
          schoolId: 's2',
          roles: ['teacher'],
          departments: ['science'],
          availability: ['mon', 'tue'],
        },
        { id: 'e7', schoolId: 's3', roles: ['teacher'], segment: 'laggard' },
        { id: 'e8', schoolId: 's3', roles: ['ict-leader'] },
      ],
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
                start: '2028-01-08',
                end: '2028-03-24',
              },
            ],
            closures: [],
          },
        ],
      },
    },
    catalogue: {
      categories: [
        { id: 'tl', name: 'Teaching & Learning' },
        { id: 'pastoral', name: 'Pastoral care' },
        { id: 'digital', name: 'Digital citizenship' },
      ],
      offerings: [
        {
          id: 'opt-in',
          format: 'opt-in-session',
          title: 'Opt-in session',
          description: 'Twice a week after school.',
          categoryIds: ['tl'],
          durationMinutes: 60,
          creditHours: 1,
          venue: 'central',
          capacity: 4,
          schedule: {
            kind: 'dates',
            dates: ['2027-07-13', '2027-07-15', '2027-07-20', '2027-09-07'],
            startTime: '16:00',
          },
        },
        {
          id: 'late',
          format: 'opt-in-session',
          title: 'Late session',
          description: 'Ends near midnight.',
          categoryIds: ['pastoral'],
          durationMinutes: 30,
          venue: 'online',
          schedule: {
            kind: 'dates',
            dates: ['2027-07-20'],
            startTime: '23:30',
          },
        },
        {
          id: 'citizenship',
          format: 'seminar-series',
          title: 'Digital citizenship',
          description: 'Case studies on online responsibility.',
          categoryIds: ['digital'],
          durationMinutes: 120,
          creditHours: 2.5,
          venue: 'central',
          seatsPerSchool: 1,
          eligibility: { roles: ['teacher', 'ict-leader'] },
          schedule: {
            kind: 'dates',
            dates: ['2027-11-10'],
            startTime: '14:00',
          },
        },
        {
          id: 'dept-pd',
          format: 'department-pd',
          title: 'Department PD',
          description: 'Each department picks a topic.',
          categoryIds: ['tl'],
          durationMinutes: 45,
          venue: 'school',
          schedule: {
            kind: 'recurrence',
            startDate: '2027-04-14',
            startTime: '15:30',
            rule: 'FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2;COUNT=11',
          },
        },
        {
          id: 'restorative',
          format: 'async-course',
          title: 'Restorative practice',
          description: 'Self-paced course.',
          categoryIds: ['pastoral'],
          durationMinutes: 30,
          creditHours: 1.5,
          venue: 'online',
          modules: 4,
          expectedWeeks: 4,
        },
      ],
    },
  };
}
