import type { z } from 'zod';
import { safeParseCalendar } from '../calendar/parse-calendar.js';
import { japanCalendar } from '../calendar/preset-japan.js';
import { createStream } from '../random/index.js';
import { apportion } from './apportion.js';
import type { AcademicCalendar } from './calendar-schema.js';
import { describeTyped, describeValue } from './describe-value.js';
import type { District } from './district.js';
import { districtSchema } from './district.js';
import type { Educator } from './educator.js';
import { ROGERS_SHARES } from './educator.js';
import type { ReachplanIssue } from './issues.js';
import { ReachplanError } from './issues.js';
import { isTimeZone } from './primitives.js';
import { syntheticSchools } from './synthetic-schools.js';
import { addStaff } from './synthetic-staff.js';
import { safeParseWith } from './zod-issues.js';

/**
 * What {@link generateDistrict} builds.
 *
 * @example
 * ```ts
 * const options: GenerateDistrictOptions = { schools: 21, educators: 512, seed: 7 };
 * ```
 */
export interface GenerateDistrictOptions {
  /** Number of schools, 1 to 100,000. */
  readonly schools: number;
  /** Number of educators, at least one per school, at most 2,000,000. */
  readonly educators: number;
  /** Any integer; the same seed gives the same district. */
  readonly seed: number;
  /** IANA zone; `Asia/Tokyo` when missing. */
  readonly timeZone?: string;
  /** The academic calendar; `japanCalendar(2027)` when missing. */
  readonly calendar?: AcademicCalendar;
  /** The district's name; "Synthetic district" when missing. */
  readonly name?: string;
  /** The district's id; `synthetic` when missing. */
  readonly id?: string;
}

// Whole-number weights (per ten thousand) keep the apportioning exact.
const SEGMENT_WEIGHTS = ROGERS_SHARES.map((share) => Math.round(share * 1e4));

/**
 * Builds a seeded synthetic district for examples, tests and benchmarks.
 *
 * About 60% of the schools are elementary, 30% lower and 10% upper
 * secondary; sizes vary around the mean with a right skew, secondary
 * schools being larger. Each school has a principal and an ICT leader;
 * schools of 20 or more a vice principal, of 15 or more a specialist.
 * Secondary schools have subject departments, each with a head; teachers
 * belong to one. About 8% of teachers work part time (0.4, 0.6 or 0.8 FTE,
 * on consecutive weekdays). Segments follow Rogers' shares exactly (to the
 * nearest educator), shuffled across the district, independent of role.
 * Names are Japanese-looking and drawn at random.
 *
 * It costs about one and a half times as much as building the same number
 * of plain objects in a loop (`bench/model.bench.ts`). The result is plain
 * data: edit it freely.
 *
 * @param options - sizes, seed, and optional zone, calendar and name.
 * @returns a district that {@link parseDistrict} accepts.
 * @throws {@link ReachplanError} when a size or the seed is out of range,
 *   or the zone, id, name or calendar given is not valid.
 * @example
 * ```ts
 * const district = generateDistrict({ schools: 21, educators: 512, seed: 7 });
 * district.schools.length; // 21
 * district.educators.length; // 512
 * district.educators[0]?.roles; // ['principal']
 * ```
 */
export function generateDistrict(options: GenerateDistrictOptions): District {
  throwIfInvalid(options);
  const { schools: schoolCount, educators: educatorCount, seed } = options;

  const stream = createStream(seed, 'generate-district');
  const { schools, weights } = syntheticSchools(schoolCount, stream);
  // Every school gets one educator first, so none is left empty.
  const sizes = apportion(educatorCount - schoolCount, weights).map(
    (size) => size + 1,
  );

  const cursor = {
    next: 0,
    width: Math.max(3, String(educatorCount).length),
    segments: shuffledSegments(educatorCount, stream),
  };
  const educators: Educator[] = [];
  schools.forEach((school, index) => {
    addStaff(school, sizes[index] ?? 1, cursor, stream, educators);
  });

  return {
    id: options.id ?? 'synthetic',
    name: options.name ?? 'Synthetic district',
    timeZone: options.timeZone ?? 'Asia/Tokyo',
    schools,
    educators,
    calendar: options.calendar ?? japanCalendar(2027),
  };
}

/** Segment indices in Rogers' shares, in a seeded random order. */
function shuffledSegments(
  count: number,
  stream: ReturnType<typeof createStream>,
) {
  const counts = apportion(count, SEGMENT_WEIGHTS);
  const segments = new Uint8Array(count);
  let at = 0;
  counts.forEach((n, segment) => {
    segments.fill(segment, at, at + n);
    at += n;
  });

  // Fisher–Yates.
  for (let i = count - 1; i > 0; i -= 1) {
    const j = stream.nextInt(i + 1);
    const held = segments[i] ?? 0;
    segments[i] = segments[j] ?? 0;
    segments[j] = held;
  }
  return segments;
}

function throwIfInvalid(options: GenerateDistrictOptions): void {
  if (typeof options !== 'object' || options === null) {
    const received = describeTyped(options);
    const message = `expected an options object, received ${received}`;
    throw new ReachplanError([{ code: 'invalid_option', path: [], message }]);
  }

  const issues: ReachplanIssue[] = [];
  const wrong = (key: string, message: string) =>
    issues.push({ code: 'invalid_option', path: [key], message });

  const { schools, educators, seed, timeZone } = options;
  if (!Number.isInteger(schools) || schools < 1 || schools > 100_000) {
    wrong('schools', `expected 1 to 100000 schools, received ${schools}`);
  }
  if (
    !Number.isInteger(educators) ||
    educators < schools ||
    educators > 2_000_000
  ) {
    wrong(
      'educators',
      `expected one educator per school up to 2000000, received ${educators}`,
    );
  }
  if (!Number.isSafeInteger(seed)) {
    wrong('seed', `expected an integer seed, received ${seed}`);
  }
  if (
    timeZone !== undefined &&
    (typeof timeZone !== 'string' || !isTimeZone(timeZone))
  ) {
    wrong(
      'timeZone',
      `expected an IANA time zone, received ${describeValue(timeZone)}`,
    );
  }
  issues.push(...optionIssues(districtSchema.shape.id, options.id, 'id'));
  issues.push(...optionIssues(districtSchema.shape.name, options.name, 'name'));
  if (options.calendar !== undefined) {
    const calendar = safeParseCalendar(options.calendar);
    if (!calendar.success) issues.push(...prefixed(calendar.issues));
  }
  if (issues.length > 0) throw new ReachplanError(issues);
}

/** An optional id or name, checked by the district's own schema. */
function optionIssues(
  schema: z.ZodType,
  value: unknown,
  key: string,
): readonly ReachplanIssue[] {
  if (value === undefined) return [];
  const result = safeParseWith(schema, value, [key]);
  return result.success ? [] : result.issues;
}

function prefixed(issues: readonly ReachplanIssue[]): ReachplanIssue[] {
  return issues.map((issue) => ({
    ...issue,
    path: ['calendar', ...issue.path],
  }));
}
