import { z } from 'zod';
import { roleSchema } from '../model/educator.js';
import type { SafeResult } from '../model/issues.js';
import { unwrapResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { safeParseWith } from '../model/zod-issues.js';
import type { Participation } from '../requirements/participation.js';
import { participationSchema } from '../requirements/participation.js';
import { expandSessions } from '../schedule/index.js';
import { createContext } from './calibration-context.js';
import type {
  BehaviourCalibration,
  CalibrateOptions,
} from './calibration-types.js';
import { countAsyncCourse, countMicroLearning } from './count-self-paced.js';
import { countSessions } from './count-sessions.js';
import { estimateRates } from './estimate-rates.js';
import { toBehaviour } from './to-behaviour.js';

// The formats whose records inform a parameter.
const INFORMING_FORMATS: ReadonlySet<string> = new Set([
  'opt-in-session',
  'department-pd',
  'micro-learning',
  'async-course',
]);

const participationsSchema = z.array(participationSchema).max(50_000_000);

const optionsSchema = z.strictObject({
  minEducators: z.int().min(1).max(1_000_000).optional(),
  confidence: z.number().gt(0).lt(1).optional(),
  feedbackRoles: z.array(roleSchema).optional(),
  sessions: z.array(z.unknown()).optional(),
});

/**
 * Estimates behaviour parameters from last year's participation records,
 * like {@link calibrateBehaviour}, and returns issues instead of throwing.
 *
 * @param scenario - last year's scenario (its roster and catalogue).
 * @param participations - last year's records.
 * @param options - thresholds and interval coverage.
 * @returns the calibration, or every issue in the records and options.
 * @example
 * ```ts
 * const result = safeCalibrateBehaviour(scenario, records);
 * if (!result.success) result.issues[0]?.path; // ['participations', 4, 'at']
 * ```
 */
export function safeCalibrateBehaviour(
  scenario: Scenario,
  participations: readonly Participation[],
  options: CalibrateOptions = {},
): SafeResult<BehaviourCalibration> {
  const records = safeParseWith(participationsSchema, participations, [
    'participations',
  ]);
  const checked = safeParseWith(optionsSchema, options, ['options']);
  if (!records.success || !checked.success) {
    const issues = [
      ...(records.success ? [] : records.issues),
      ...(checked.success ? [] : checked.issues),
    ];
    return { success: false, issues };
  }

  // An offering without a single record is far more often missing from
  // the export than shunned by everyone: counting it would estimate 0.
  const context = createContext(scenario);
  const recorded = new Set(
    records.data
      .filter((r) => context.educatorIndex.has(r.educatorId))
      .map((r) => r.offeringId),
  );
  const sessions = (options.sessions ?? expandSessions(scenario)).filter(
    (session) => recorded.has(session.offeringId),
  );
  const unknownSession = countSessions(context, sessions, records.data);
  for (const offering of scenario.catalogue.offerings) {
    if (!recorded.has(offering.id)) continue;
    if (offering.format === 'micro-learning') {
      countMicroLearning(context, offering, records.data);
    }
    if (offering.format === 'async-course') {
      countAsyncCourse(context, offering, records.data);
    }
  }

  const estimates = estimateRates(
    context,
    options.minEducators ?? 20,
    options.confidence ?? 0.9,
  );
  const feedbackRoles =
    options.feedbackRoles ??
    [...new Set(scenario.district.educators.flatMap((e) => e.roles))].filter(
      (role) => role !== 'teacher',
    );

  return {
    success: true,
    data: {
      estimates,
      behaviour: toBehaviour(estimates, feedbackRoles),
      offeringsWithoutRecords: scenario.catalogue.offerings
        .filter((o) => INFORMING_FORMATS.has(o.format) && !recorded.has(o.id))
        .map((o) => o.id),
      ignored: {
        unknownEducator: records.data.filter(
          (r) => !context.educatorIndex.has(r.educatorId),
        ).length,
        unknownOffering: records.data.filter(
          (r) => !context.offerings.has(r.offeringId),
        ).length,
        unknownSession,
      },
    },
  };
}

/**
 * Estimates behaviour parameters (attendance, opt-in and completion rates
 * per adopter segment and role) from last year's participation records,
 * each with a Wilson interval, so a forecast rests on the district's own
 * data rather than on defaults.
 *
 * A group with records for fewer than `minEducators` educators is
 * reported as `too-few-records` and left out of `behaviour`, which keeps
 * the default there. An offering with no record at all is left out too,
 * and named in `offeringsWithoutRecords`: an export that misses it would
 * otherwise read as nobody taking part. Spread `behaviour` into the
 * scenario's `behaviour`.
 *
 * Limits: the observed opt-in rate includes the chance of attending once
 * booked and any seat shortage; per-session intervals treat sessions as
 * independent, so they are narrower than the truth when the same people
 * come every time. See docs/calibration.md.
 *
 * @param scenario - last year's scenario (its roster and catalogue).
 * @param participations - last year's records.
 * @param options - thresholds and interval coverage.
 * @returns estimates, behaviour rates, and counts of records left out.
 * @throws {@link ReachplanError} when a record or an option is invalid.
 * @example
 * ```ts
 * const { behaviour, estimates } = calibrateBehaviour(scenario, records);
 * estimates.find((e) => e.parameter === 'optIn' && e.group.kind === 'all');
 * // { parameter: 'optIn', status: 'estimated', estimate, low, high, ... }
 * const next = { ...scenario, behaviour: { ...scenario.behaviour, ...behaviour } };
 * ```
 */
export function calibrateBehaviour(
  scenario: Scenario,
  participations: readonly Participation[],
  options: CalibrateOptions = {},
): BehaviourCalibration {
  return unwrapResult(
    safeCalibrateBehaviour(scenario, participations, options),
  );
}
