import { toEpochDay } from '../calendar/local-date.js';
import { instantToLocal } from '../calendar/local-time.js';
import type { SelfPacedOffering } from '../model/offering.js';
import type { Participation } from '../requirements/participation.js';
import type { CalibrationContext, Tally } from './calibration-context.js';

const add = (tally: Tally, i: number, trials: number, successes: number) => {
  tally.trials[i] = (tally.trials[i] ?? 0) + trials;
  tally.successes[i] = (tally.successes[i] ?? 0) + successes;
};

/** The weeks an offering is open, counted from its first day. */
function openWeeks(context: CalibrationContext, offering: SelfPacedOffering) {
  const years = context.scenario.district.calendar.years;
  const from = offering.availableFrom ?? years[0]?.start ?? '1970-01-01';
  const until = offering.availableUntil ?? years.at(-1)?.end ?? from;
  const first = toEpochDay(from);
  const weeks = Math.max(1, Math.ceil((toEpochDay(until) - first + 1) / 7));
  return { first, weeks };
}

/**
 * Groups each educator's records of one offering by the week (from the
 * offering's first day, in the district's zone) they happened in.
 */
function weeksByEducator(
  context: CalibrationContext,
  offering: SelfPacedOffering,
  records: readonly Participation[],
): Map<number, { modules: number[]; completedWeek?: number }> {
  const { first, weeks } = openWeeks(context, offering);
  const zone = context.scenario.district.timeZone;
  const out = new Map<number, { modules: number[]; completedWeek?: number }>();

  for (const record of records) {
    if (record.kind === 'session' || record.offeringId !== offering.id) {
      continue;
    }
    const i = context.educatorIndex.get(record.educatorId);
    if (i === undefined) continue;
    const day = toEpochDay(instantToLocal(record.at, zone).date);
    const week = Math.min(
      weeks - 1,
      Math.max(0, Math.floor((day - first) / 7)),
    );
    const entry = out.get(i) ?? { modules: [] };
    if (record.kind === 'module') entry.modules.push(week);
    else entry.completedWeek = Math.min(entry.completedWeek ?? week, week);
    out.set(i, entry);
  }
  return out;
}

/**
 * Micro-learning: every week the next module is open and not yet done is
 * a chance; a week with a completion is a chance taken. Modules released
 * one every `releaseEveryWeeks` are open only from their release week.
 *
 * @internal
 */
export function countMicroLearning(
  context: CalibrationContext,
  offering: Extract<SelfPacedOffering, { format: 'micro-learning' }>,
  records: readonly Participation[],
): void {
  const { weeks } = openWeeks(context, offering);
  const byEducator = weeksByEducator(context, offering, records);
  const tally = context.tallies.moduleCompletionPerWeek;

  for (const i of context.eligibleFor(offering)) {
    const done = byEducator.get(i)?.modules ?? [];
    const perWeek = new Map<number, number>();
    for (const week of done) perWeek.set(week, (perWeek.get(week) ?? 0) + 1);

    let completed = 0;
    for (
      let week = 0;
      week < weeks && completed < offering.modules;
      week += 1
    ) {
      const released = offering.releaseEveryWeeks
        ? Math.floor(week / offering.releaseEveryWeeks) + 1
        : offering.modules;
      const count = perWeek.get(week) ?? 0;
      if (completed >= released && count === 0) continue;
      add(tally, i, 1, count > 0 ? 1 : 0);
      completed += count;
    }
  }
}

/**
 * Asynchronous courses. Enrolment: one chance per eligible educator, taken
 * when they have any record of the course. Progress and dropping: each
 * week from the course's opening until the educator finished, or gave up,
 * is a chance; a week with a module finished is progress; an educator who
 * did not finish is taken to have given up the week after their last
 * record, unless that is past the course's end.
 *
 * @internal
 */
export function countAsyncCourse(
  context: CalibrationContext,
  offering: Extract<SelfPacedOffering, { format: 'async-course' }>,
  records: readonly Participation[],
): void {
  const { weeks } = openWeeks(context, offering);
  const byEducator = weeksByEducator(context, offering, records);
  const { asyncEnrol, asyncProgressPerWeek, asyncDropPerWeek } =
    context.tallies;

  for (const i of context.eligibleFor(offering)) {
    const entry = byEducator.get(i);
    add(asyncEnrol, i, 1, entry ? 1 : 0);
    if (!entry) continue;

    const active = new Set(entry.modules);
    const finished =
      entry.completedWeek ??
      (entry.modules.length >= offering.modules
        ? Math.max(...entry.modules)
        : undefined);
    const lastSeen = Math.max(0, ...entry.modules);
    const dropped = finished === undefined && lastSeen + 1 < weeks;
    const end = finished ?? (dropped ? lastSeen + 1 : weeks - 1);

    const atRisk = end + 1;
    const progress = [...active].filter((week) => week <= end).length;
    add(asyncProgressPerWeek, i, atRisk, progress);
    add(asyncDropPerWeek, i, atRisk, dropped ? 1 : 0);
  }
}
