import fc from 'fast-check';
import type { Catalogue, Offering } from '../../src/index.js';
import {
  ADOPTER_SEGMENTS,
  addCalendarDays,
  OFFERING_FORMATS,
  ROLES,
  SCHOOL_LEVELS,
  WEEKDAYS,
} from '../../src/index.js';

/**
 * Valid catalogues for the small scenario's district (schools s01 and s02,
 * departments maths and science, the year 2027-28): every format, and
 * each optional field present or not, so a round trip meets them all.
 */

const CATEGORIES = ['tl', 'ict', 'pastoral'] as const;

/** A day of the small scenario's year, 2027-04-01 plus up to 365 days. */
const dateArb = fc
  .integer({ min: 0, max: 365 })
  .map((offset) => addCalendarDays('2027-04-01', offset));

const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(
    ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
  );

const textArb = fc.string({ maxLength: 40 });
const nonEmptyArb = fc.string({ minLength: 1, maxLength: 40 });

const eligibilityArb = fc.record(
  {
    roles: fc.uniqueArray(fc.constantFrom(...ROLES), { maxLength: 3 }),
    schoolIds: fc.uniqueArray(fc.constantFrom('s01', 's02'), { maxLength: 2 }),
    departments: fc.uniqueArray(fc.constantFrom('maths', 'science'), {
      maxLength: 2,
    }),
    levels: fc.uniqueArray(fc.constantFrom(...SCHOOL_LEVELS), { maxLength: 2 }),
    segments: fc.uniqueArray(fc.constantFrom(...ADOPTER_SEGMENTS), {
      maxLength: 2,
    }),
  },
  { requiredKeys: [] },
);

/** Capacity and seats per school, the seats never above the capacity. */
const seatsArb = fc
  .record(
    {
      capacity: fc.integer({ min: 1, max: 500 }),
      seatsPerSchool: fc.integer({ min: 1, max: 500 }),
    },
    { requiredKeys: [] },
  )
  .map((seats) =>
    seats.capacity !== undefined && seats.seatsPerSchool !== undefined
      ? {
          ...seats,
          seatsPerSchool: Math.min(seats.capacity, seats.seatsPerSchool),
        }
      : seats,
  );

const commonArb = fc
  .tuple(
    fc.record(
      {
        title: nonEmptyArb,
        description: textArb,
        categoryIds: fc.uniqueArray(fc.constantFrom(...CATEGORIES), {
          maxLength: 3,
        }),
        durationMinutes: fc.integer({ min: 1, max: 24 * 60 }),
        creditHours: fc.double({ min: 0, max: 1000, noNaN: true }),
        eligibility: eligibilityArb,
        venue: fc.constantFrom('central', 'school', 'online'),
        location: textArb,
        facilitators: fc.array(nonEmptyArb, { maxLength: 3 }),
        organiser: fc.record(
          { name: nonEmptyArb, email: fc.constant('pd@example.org') },
          { requiredKeys: ['name'] },
        ),
      },
      {
        requiredKeys: [
          'title',
          'description',
          'categoryIds',
          'durationMinutes',
          'venue',
        ],
      },
    ),
    seatsArb,
  )
  .map(([common, seats]) => ({ ...common, ...seats }));

const onClosureArb = fc.constantFrom('skip', 'next-school-day');

const scheduleArb = fc.oneof(
  fc.record(
    {
      kind: fc.constant('dates' as const),
      dates: fc.array(dateArb, { minLength: 1, maxLength: 5 }),
      startTime: timeArb,
      onClosure: onClosureArb,
    },
    { requiredKeys: ['kind', 'dates', 'startTime'] },
  ),
  fc.record(
    {
      kind: fc.constant('recurrence' as const),
      startDate: dateArb,
      startTime: timeArb,
      rule: fc.oneof(
        fc.constantFrom(
          'FREQ=WEEKLY;COUNT=4',
          'FREQ=MONTHLY;INTERVAL=1;COUNT=3',
        ),
        fc.record(
          {
            frequency: fc.constant('weekly' as const),
            interval: fc.integer({ min: 1, max: 4 }),
            weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), {
              minLength: 1,
              maxLength: 3,
            }),
            count: fc.integer({ min: 1, max: 20 }),
          },
          { requiredKeys: ['frequency'] },
        ),
      ),
      onClosure: onClosureArb,
    },
    { requiredKeys: ['kind', 'startDate', 'startTime', 'rule'] },
  ),
);

/** Availability of self-paced content, the first day never after the last. */
const availabilityArb = fc
  .record({ from: dateArb, until: dateArb }, { requiredKeys: [] })
  .map(({ from, until }) => {
    if (from === undefined || until === undefined) {
      return {
        ...(from === undefined ? {} : { availableFrom: from }),
        ...(until === undefined ? {} : { availableUntil: until }),
      };
    }
    const [first, last] = from <= until ? [from, until] : [until, from];
    return { availableFrom: first, availableUntil: last };
  });

const formatPartArb = (format: Offering['format']) => {
  switch (format) {
    case 'micro-learning':
      return fc
        .tuple(
          availabilityArb,
          fc.record(
            {
              modules: fc.integer({ min: 1, max: 1000 }),
              releaseEveryWeeks: fc.integer({ min: 1, max: 52 }),
            },
            { requiredKeys: ['modules'] },
          ),
        )
        .map(([available, sizes]) => ({ ...available, ...sizes }));
    case 'async-course':
      return fc
        .tuple(
          availabilityArb,
          fc.record({
            modules: fc.integer({ min: 1, max: 1000 }),
            expectedWeeks: fc.integer({ min: 1, max: 104 }),
          }),
        )
        .map(([available, sizes]) => ({ ...available, ...sizes }));
    case 'community':
      return fc.record(
        { schedule: scheduleArb, groupSize: fc.integer({ min: 2, max: 1000 }) },
        { requiredKeys: ['schedule'] },
      );
    default:
      return fc.record({ schedule: scheduleArb });
  }
};

const offeringArb = fc
  .constantFrom(...OFFERING_FORMATS)
  .chain((format) =>
    fc
      .tuple(commonArb, formatPartArb(format))
      .map(([common, part]) => ({ format, ...common, ...part })),
  );

/**
 * A catalogue of up to six offerings with ids o0, o1, …; an offering may
 * follow an earlier one, so `follows` never goes round in a circle.
 */
export const catalogueArbitrary: fc.Arbitrary<Catalogue> = fc
  .tuple(
    fc.array(offeringArb, { minLength: 1, maxLength: 6 }),
    fc.array(fc.option(fc.nat(), { nil: undefined }), {
      minLength: 6,
      maxLength: 6,
    }),
  )
  .map(([offerings, follows]) => ({
    categories: CATEGORIES.map((id) => ({ id, name: `Category ${id}` })),
    offerings: offerings.map((offering, index) => {
      const earlier = follows[index];
      const id = `o${index}`;
      return earlier === undefined || index === 0
        ? { ...offering, id }
        : { ...offering, id, follows: `o${earlier % index}` };
    }) as Offering[],
  }));
