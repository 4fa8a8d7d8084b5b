import { japanCalendar } from '../calendar/preset-japan.js';
import { generateDistrict } from './generate-district.js';
import type { Offering } from './offering.js';
import type { Scenario } from './scenario.js';
import { SCHEMA_VERSION } from './scenario.js';

/** The seed of the example's synthetic roster; change it for another. */
const EXAMPLE_SEED = 2027;

/**
 * The built-in example, modelled on the case reachplan was made for: a
 * city education office with 21 public schools and 512 educators, the
 * Japanese school year 2027-28 in `Asia/Tokyo`, and three central seminar
 * series with three seats per school (63 a session):
 *
 * - Creative lesson design, 4 sessions (Thursday afternoons);
 * - ICT leadership, 3 sessions, one a term, for ICT leaders;
 * - Digital citizenship, 1 session, with outside experts.
 *
 * The roster is synthetic ({@link generateDistrict} with a fixed seed):
 * the names are made up and the adopter segments are drawn at Rogers'
 * proportions. Each call returns a fresh object that the caller may edit.
 *
 * @returns a scenario that {@link parseScenario} accepts.
 * @example
 * ```ts
 * const scenario = exampleScenario();
 * scenario.district.schools.length; // 21
 * scenario.district.educators.length; // 512
 * scenario.catalogue.offerings.map((o) => o.id);
 * // ['lesson-design', 'ict-leadership', 'digital-citizenship']
 * ```
 */
export function exampleScenario(): Scenario {
  const district = generateDistrict({
    id: 'example-city',
    name: 'Example City education office',
    schools: 21,
    educators: 512,
    seed: EXAMPLE_SEED,
    timeZone: 'Asia/Tokyo',
    calendar: japanCalendar(2027),
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    name: 'Example City: the seminar plan for 2027-28',
    description:
      'Three central seminar series, about three educators per school. ' +
      'The roster is synthetic.',
    district,
    catalogue: {
      categories: [
        { id: 'teaching-learning', name: 'Teaching & Learning' },
        { id: 'ict', name: 'ICT' },
        { id: 'digital-citizenship', name: 'Digital citizenship' },
      ],
      offerings: seminarSeries(),
    },
  };
}

const CENTRE = 'Education centre, main hall';

function seminarSeries(): Offering[] {
  // A function, so no two offerings share an object the caller may edit.
  const central = () =>
    ({
      format: 'seminar-series',
      capacity: 63,
      seatsPerSchool: 3,
      venue: 'central',
      location: CENTRE,
      organiser: { name: 'PD office' },
    }) as const;

  return [
    {
      ...central(),
      id: 'lesson-design',
      title: 'Creative lesson design',
      description:
        'Observe a real lesson, then discuss what made it creative and ' +
        'how to plan one like it.',
      categoryIds: ['teaching-learning'],
      durationMinutes: 180,
      creditHours: 3,
      schedule: {
        kind: 'dates',
        dates: ['2027-06-17', '2027-10-14', '2027-11-25', '2028-02-17'],
        startTime: '13:30',
      },
    },
    {
      ...central(),
      id: 'ict-leadership',
      title: 'ICT leadership',
      description:
        "Each school's ICT leader brings a practical problem to work " +
        'through with peers.',
      categoryIds: ['ict'],
      durationMinutes: 150,
      creditHours: 2.5,
      eligibility: { roles: ['ict-leader'] },
      schedule: {
        kind: 'dates',
        dates: ['2027-05-26', '2027-10-27', '2028-01-26'],
        startTime: '15:00',
      },
    },
    {
      ...central(),
      id: 'digital-citizenship',
      title: 'Digital citizenship',
      description:
        'Outside experts present case studies on online responsibility.',
      categoryIds: ['digital-citizenship'],
      durationMinutes: 120,
      creditHours: 2,
      facilitators: ['Guest experts'],
      schedule: { kind: 'dates', dates: ['2027-12-01'], startTime: '15:00' },
    },
  ];
}
