import { ADOPTER_SEGMENTS, ROLES } from '../model/educator.js';
import type { CalibrationContext, Tally } from './calibration-context.js';
import type {
  CalibratedParameter,
  EstimateGroup,
  RateEstimate,
} from './calibration-types.js';
import { CALIBRATED_PARAMETERS } from './calibration-types.js';
import { wilsonInterval } from './wilson.js';

function groups(): EstimateGroup[] {
  return [
    { kind: 'all' },
    ...ADOPTER_SEGMENTS.map((segment) => ({
      kind: 'segment' as const,
      segment,
    })),
    ...ROLES.map((role) => ({ kind: 'role' as const, role })),
  ];
}

function describeGroup(group: EstimateGroup): string {
  if (group.kind === 'all') return 'all educators';
  if (group.kind === 'segment') return `segment "${group.segment}"`;
  return `role "${group.role}"`;
}

function members(
  context: CalibrationContext,
  group: EstimateGroup,
): (i: number) => boolean {
  if (group.kind === 'all') return () => true;
  if (group.kind === 'segment') {
    return (i) => context.educators[i]?.segment === group.segment;
  }
  return (i) => context.educators[i]?.roles.includes(group.role) === true;
}

function estimateOne(
  context: CalibrationContext,
  parameter: CalibratedParameter,
  tally: Tally,
  group: EstimateGroup,
  minEducators: number,
  confidence: number,
): RateEstimate {
  const inGroup = members(context, group);
  let educators = 0;
  let trials = 0;
  let successes = 0;
  tally.trials.forEach((count, i) => {
    if (count === 0 || !inGroup(i)) return;
    educators += 1;
    trials += count;
    successes += tally.successes[i] ?? 0;
  });

  const base = { parameter, group, educators, trials, successes };
  if (educators < minEducators || trials === 0) {
    return {
      ...base,
      status: 'too-few-records',
      reason:
        `${parameter} for ${describeGroup(group)}: records for ${educators} ` +
        `educators, at least ${minEducators} needed; the default is kept`,
    };
  }

  const interval = wilsonInterval(successes, trials, confidence);
  return {
    ...base,
    status: 'estimated',
    estimate: successes / trials,
    low: interval.low,
    high: interval.high,
  };
}

/**
 * Estimates every parameter for everyone, each segment and each role.
 * Parameters nobody had a chance at (no such offering last year) are
 * left out.
 *
 * @internal
 */
export function estimateRates(
  context: CalibrationContext,
  minEducators: number,
  confidence: number,
): RateEstimate[] {
  return CALIBRATED_PARAMETERS.flatMap((parameter) => {
    const tally = context.tallies[parameter];
    if (!tally.trials.some((count) => count > 0)) return [];
    return groups().map((group) =>
      estimateOne(context, parameter, tally, group, minEducators, confidence),
    );
  });
}
