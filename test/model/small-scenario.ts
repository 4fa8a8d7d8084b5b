import type { ScenarioInput } from '../../src/index.js';

/**
 * A small valid scenario written by hand, so model tests do not depend on
 * the generator or the calendar presets. Each call returns a fresh copy
 * that a test may change.
 */
export function smallScenario(): ScenarioInput {
  return {
    schemaVersion: 1,
    name: 'Small test district',
    district: {
      id: 'd1',
      name: 'Test district',
      timeZone: 'Asia/Tokyo',
      schools: [
        { id: 's01', name: 'Aoba Elementary', level: 'elementary' },
        {
          id: 's02',
          name: 'Midori Junior High',
          level: 'lower-secondary',
          departments: ['maths', 'science'],
        },
      ],
      educators: [
        {
          id: 'e001',
          name: '佐藤 花子',
          schoolId: 's01',
          roles: ['principal'],
        },
        {
          id: 'e002',
          schoolId: 's01',
          roles: ['teacher', 'ict-leader'],
          segment: 'early-adopter',
        },
        {
          id: 'e003',
          schoolId: 's02',
          roles: ['teacher'],
          departments: ['maths'],
          fte: 0.5,
          availability: ['mon', 'tue'],
        },
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
                start: '2028-01-11',
                end: '2028-03-24',
              },
            ],
            closures: [
              { name: 'Culture Day', start: '2027-11-03', end: '2027-11-03' },
            ],
          },
        ],
      },
    },
    catalogue: {
      categories: [
        { id: 'tl', name: 'Teaching & Learning' },
        { id: 'ict', name: 'ICT' },
      ],
      offerings: [
        {
          id: 'lesson-design',
          format: 'seminar-series',
          title: 'Creative lesson design',
          description: 'Observe lessons and discuss them.',
          categoryIds: ['tl'],
          durationMinutes: 180,
          capacity: 6,
          seatsPerSchool: 3,
          venue: 'central',
          schedule: {
            kind: 'dates',
            dates: ['2027-06-17', '2027-10-14'],
            startTime: '14:30',
          },
        },
        {
          id: 'ict-course',
          format: 'async-course',
          title: 'ICT basics',
          description: 'Self-paced.',
          categoryIds: ['ict'],
          durationMinutes: 30,
          venue: 'online',
          modules: 6,
          expectedWeeks: 6,
          availableFrom: '2027-05-01',
          availableUntil: '2027-12-31',
          follows: 'lesson-design',
          eligibility: { schoolIds: ['s02'], departments: ['maths'] },
        },
      ],
    },
  };
}
