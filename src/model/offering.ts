import { z } from 'zod';
import { adopterSegmentSchema, roleSchema } from './educator.js';
import {
  idSchema,
  localDateSchema,
  localTimeSchema,
  weekdaySchema,
} from './primitives.js';
import { schoolLevelSchema } from './school.js';

/**
 * Who may take part in an offering. Every list that is given must match;
 * a missing list does not restrict.
 *
 * @example
 * ```ts
 * eligibilitySchema.parse({ roles: ['ict-leader'], levels: ['lower-secondary'] });
 * ```
 */
export const eligibilitySchema = z.strictObject({
  /** Educators holding at least one of these roles. */
  roles: z.array(roleSchema).max(50).optional(),
  /** Educators of these schools. */
  schoolIds: z.array(idSchema).max(100_000).optional(),
  /** Educators in at least one of these departments. */
  departments: z.array(idSchema).max(500).optional(),
  /** Educators of schools at these levels. */
  levels: z.array(schoolLevelSchema).max(10).optional(),
  /** Educators in these adopter segments. */
  segments: z.array(adopterSegmentSchema).max(5).optional(),
});

/**
 * A recurrence in structured form, the same ideas as an RFC 5545 RRULE.
 *
 * @example
 * ```ts
 * // twice a week for four weeks
 * structuredRecurrenceSchema.parse({ frequency: 'weekly', weekdays: ['tue', 'thu'], count: 8 });
 * ```
 */
export const structuredRecurrenceSchema = z.strictObject({
  /** How often the rule repeats. */
  frequency: z.enum(['daily', 'weekly', 'monthly', 'yearly']),
  /** Every n-th period; 1 when missing. */
  interval: z.int().min(1).max(366).optional(),
  /** The weekdays it falls on. */
  weekdays: z.array(weekdaySchema).min(1).max(7).optional(),
  /** With monthly frequency and weekdays: 1 = first, -1 = last. */
  setPosition: z.int().min(-5).max(5).optional(),
  /** Days of the month; negative counts from the end. */
  monthDays: z.array(z.int().min(-31).max(31)).max(31).optional(),
  /** How many occurrences in all. */
  count: z.int().min(1).max(100_000).optional(),
  /** The last date it may fall on, inclusive. */
  until: localDateSchema.optional(),
});

/**
 * When an offering's sessions happen, in the district's zone. A session
 * that falls on a closure or a blackout is skipped, or moved to the next
 * school day when `onClosure` is `next-school-day`.
 *
 * @example
 * ```ts
 * scheduleSchema.parse({
 *   kind: 'recurrence', startDate: '2027-04-13', startTime: '16:00',
 *   rule: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8',
 * });
 * scheduleSchema.parse({ kind: 'dates', dates: ['2027-06-10'], startTime: '14:00' });
 * ```
 */
export const scheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Listed dates. */
    kind: z.literal('dates'),
    /** The session dates. */
    dates: z.array(localDateSchema).min(1).max(10_000),
    /** Local start time, `HH:mm`. */
    startTime: localTimeSchema,
    /** What happens to a date on a closure or blackout; `skip` when missing. */
    onClosure: z.enum(['skip', 'next-school-day']).optional(),
  }),
  z.strictObject({
    /** A repeating rule. */
    kind: z.literal('recurrence'),
    /** The first date of the rule. */
    startDate: localDateSchema,
    /** Local start time, `HH:mm`. */
    startTime: localTimeSchema,
    /** An RFC 5545 RRULE string (without DTSTART), or a structured rule. */
    rule: z.union([z.string().min(1).max(2000), structuredRecurrenceSchema]),
    /** What happens to a date on a closure or blackout; `skip` when missing. */
    onClosure: z.enum(['skip', 'next-school-day']).optional(),
  }),
]);

/**
 * The formats an offering can take.
 *
 * @example
 * ```ts
 * OFFERING_FORMATS.includes('micro-learning'); // true
 * ```
 */
export const OFFERING_FORMATS = [
  'seminar-series',
  'opt-in-session',
  'department-pd',
  'community',
  'micro-learning',
  'async-course',
] as const;

const common = {
  /** Unique among the catalogue's offerings. */
  id: idSchema,
  /** Shown in the shared calendar and reports. */
  title: z.string().min(1).max(300),
  /** A short description shown in the shared calendar. */
  description: z.string().max(2000),
  /** The categories it belongs to. */
  categoryIds: z.array(idSchema).max(50),
  /** Minutes per session, or per module for self-paced formats. */
  durationMinutes: z
    .int()
    .min(1)
    .max(24 * 60),
  /** Credit hours granted for taking part. */
  creditHours: z.number().min(0).max(1000).optional(),
  /** Seats in one session; unlimited when missing. */
  capacity: z.int().min(1).max(1_000_000).optional(),
  /** The most seats one school may take in one session. */
  seatsPerSchool: z.int().min(1).max(100_000).optional(),
  /** Who may take part; everyone when missing. */
  eligibility: eligibilitySchema.optional(),
  /** Where it happens: centrally, at each school, or online. */
  venue: z.enum(['central', 'school', 'online']),
  /** A place people can find, e.g. a hall or a room. */
  location: z.string().max(300).optional(),
  /** Who runs the sessions: educator ids or outside names. */
  facilitators: z.array(z.string().min(1)).max(50).optional(),
  /** Who to contact. */
  organiser: z
    .strictObject({
      /** A person or an office. */
      name: z.string().min(1),
      /** Their email address. */
      email: z.email().optional(),
    })
    .optional(),
  /** The offering this one follows up; its sessions must come later. */
  follows: idSchema.optional(),
};

const scheduled = {
  ...common,
  /** When the sessions happen. */
  schedule: scheduleSchema,
};

const selfPaced = {
  ...common,
  /** First day the content is open; the year's first day when missing. */
  availableFrom: localDateSchema.optional(),
  /** Last day the content is open; the year's last day when missing. */
  availableUntil: localDateSchema.optional(),
};

/**
 * An item of the catalogue, discriminated by `format`.
 *
 * Scheduled formats (`seminar-series`, `opt-in-session`, `department-pd`,
 * `community`) carry a `schedule`; self-paced ones (`micro-learning`,
 * `async-course`) carry availability and size instead.
 *
 * @example
 * ```ts
 * offeringSchema.parse({
 *   id: 'lesson-design', format: 'seminar-series', title: 'Creative lesson design',
 *   description: 'Observe real lessons and discuss what makes them creative.',
 *   categoryIds: ['teaching-learning'], durationMinutes: 180, venue: 'central',
 *   seatsPerSchool: 3,
 *   schedule: { kind: 'dates', dates: ['2027-05-20'], startTime: '14:00' },
 * });
 * ```
 */
export const offeringSchema = z.discriminatedUnion('format', [
  z.strictObject({
    /** Central sessions, such as a seminar series. */
    format: z.literal('seminar-series'),
    ...scheduled,
  }),
  z.strictObject({
    /** Sessions educators sign up for. */
    format: z.literal('opt-in-session'),
    ...scheduled,
  }),
  z.strictObject({
    /** A department's own PD time. */
    format: z.literal('department-pd'),
    ...scheduled,
  }),
  z.strictObject({
    /** A school pod or community meeting. */
    format: z.literal('community'),
    ...scheduled,
    /** Members per pod or community group. */
    groupSize: z.int().min(2).max(1000).optional(),
  }),
  z.strictObject({
    /** Short self-paced modules. */
    format: z.literal('micro-learning'),
    ...selfPaced,
    /** Modules in the series; each takes `durationMinutes`. */
    modules: z.int().min(1).max(1000),
    /** One new module released every this many weeks. */
    releaseEveryWeeks: z.int().min(1).max(52).optional(),
  }),
  z.strictObject({
    /** A self-paced course on a platform. */
    format: z.literal('async-course'),
    ...selfPaced,
    /** Modules in the course; each takes `durationMinutes`. */
    modules: z.int().min(1).max(1000),
    /** Weeks a typical participant takes to finish. */
    expectedWeeks: z.int().min(1).max(104),
  }),
]);

/**
 * A category of training, a free label such as "Teaching & Learning".
 *
 * @example
 * ```ts
 * categorySchema.parse({ id: 'pastoral', name: 'Pastoral care / restorative practice' });
 * ```
 */
export const categorySchema = z.strictObject({
  /** Unique among the catalogue's categories. */
  id: idSchema,
  /** A free label such as "Teaching & Learning". */
  name: z.string().min(1),
  /** What the category covers. */
  description: z.string().max(2000).optional(),
});

/**
 * The catalogue: categories and offerings.
 *
 * @example
 * ```ts
 * catalogueSchema.parse({ categories: [], offerings: [] });
 * ```
 */
export const catalogueSchema = z.strictObject({
  /** The categories of training. */
  categories: z.array(categorySchema).max(1000),
  /** Every offering, in any format. */
  offerings: z.array(offeringSchema).max(100_000),
});

/**
 * An item of the catalogue.
 *
 * @example
 * ```ts
 * const offering: Offering = exampleScenario().catalogue.offerings[0]!;
 * offering.format; // 'seminar-series'
 * ```
 */
export type Offering = z.infer<typeof offeringSchema>;
/**
 * The format of an offering, such as `seminar-series`.
 *
 * @example
 * ```ts
 * const format: OfferingFormat = 'micro-learning';
 * ```
 */
export type OfferingFormat = Offering['format'];
/**
 * An offering with a schedule.
 *
 * @example
 * ```ts
 * const scheduled = exampleScenario().catalogue.offerings.filter(
 *   (o): o is ScheduledOffering => 'schedule' in o,
 * );
 * scheduled.length; // 3
 * ```
 */
export type ScheduledOffering = Extract<
  Offering,
  {
    /** Any schedule: the formats that have one. */
    schedule: unknown;
  }
>;
/**
 * A self-paced offering: micro-learning or an asynchronous course.
 *
 * @example
 * ```ts
 * const course: SelfPacedOffering = {
 *   id: 'ict-basics', format: 'async-course', title: 'ICT basics',
 *   description: 'Six short modules.', categoryIds: [], durationMinutes: 30,
 *   venue: 'online', modules: 6, expectedWeeks: 6,
 * };
 * ```
 */
export type SelfPacedOffering = Exclude<Offering, ScheduledOffering>;
/**
 * When an offering's sessions happen.
 *
 * @example
 * ```ts
 * const schedule: Schedule = { kind: 'dates', dates: ['2027-06-17'], startTime: '13:30' };
 * ```
 */
export type Schedule = z.infer<typeof scheduleSchema>;
/**
 * A recurrence in structured form.
 *
 * @example
 * ```ts
 * const rule: StructuredRecurrence = { frequency: 'weekly', weekdays: ['tue', 'thu'], count: 8 };
 * ```
 */
export type StructuredRecurrence = z.infer<typeof structuredRecurrenceSchema>;
/**
 * Who may take part in an offering.
 *
 * @example
 * ```ts
 * const eligibility: Eligibility = { roles: ['ict-leader'], levels: ['lower-secondary'] };
 * ```
 */
export type Eligibility = z.infer<typeof eligibilitySchema>;
/**
 * A category of training.
 *
 * @example
 * ```ts
 * const category: Category = { id: 'tl', name: 'Teaching & Learning' };
 * ```
 */
export type Category = z.infer<typeof categorySchema>;
/**
 * Categories and offerings.
 *
 * @example
 * ```ts
 * const catalogue: Catalogue = exampleScenario().catalogue;
 * catalogue.offerings.length; // 3
 * ```
 */
export type Catalogue = z.infer<typeof catalogueSchema>;
