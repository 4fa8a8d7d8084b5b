import { z } from 'zod';
import { eligibilitySchema } from './eligibility.js';
import { idSchema, localDateSchema } from './primitives.js';
import { scheduleSchema } from './schedule-schema.js';

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
