import { toEpochDay } from '../calendar/local-date.js';
import { isEligible } from '../model/eligible.js';
import type { Offering } from '../model/offering.js';
import type { Scenario } from '../model/scenario.js';
import { FORMAT_CHANNEL } from './channels.js';
import type { CompiledOffering } from './compiled.js';

/**
 * Each offering's eligible educators sorted by school, with its limits and,
 * for self-paced content, the days it is open.
 *
 * @internal
 */
export function compileOfferings(
  scenario: Scenario,
  epochDay: Int32Array,
  ledByPods: ReadonlySet<string>,
): CompiledOffering[] {
  const { schools, educators } = scenario.district;
  const bySchool = schools.map((school) => ({
    school,
    staff: [] as number[],
  }));
  const schoolIndex = new Map(schools.map((s, k) => [s.id, k]));
  educators.forEach((educator, i) => {
    bySchool[schoolIndex.get(educator.schoolId) ?? 0]?.staff.push(i);
  });

  // One buffer for every offering's list, copied out at its length: a
  // million educators make no growing arrays to collect.
  const buffer = new Int32Array(educators.length);
  return scenario.catalogue.offerings.map((offering) => {
    let count = 0;
    const schoolStart = new Int32Array(schools.length + 1);
    bySchool.forEach(({ school, staff }, s) => {
      for (const i of staff) {
        const educator = educators[i];
        if (educator && isEligible(educator, school, offering.eligibility)) {
          buffer[count++] = i;
        }
      }
      schoolStart[s + 1] = count;
    });
    return {
      id: offering.id,
      channel: FORMAT_CHANNEL[offering.format] ?? 0,
      format: offering.format,
      eligible: buffer.slice(0, count),
      schoolStart,
      capacity: offering.capacity ?? Number.POSITIVE_INFINITY,
      seatsPerSchool: offering.seatsPerSchool ?? Number.POSITIVE_INFINITY,
      durationMinutes: offering.durationMinutes,
      groupSize:
        offering.format === 'community' ? (offering.groupSize ?? 1e9) : 1e9,
      ...selfPaced(offering, epochDay),
      ledByPods: ledByPods.has(offering.id),
    };
  });
}

// Self-paced content opens on its first day (the horizon's start when
// missing) and closes after its last; scheduled offerings never "open".
function selfPaced(offering: Offering, epochDay: Int32Array) {
  if (
    offering.format !== 'micro-learning' &&
    offering.format !== 'async-course'
  ) {
    return { modules: 0, releaseEveryWeeks: 0, openDay: 1, closeDay: 0 };
  }
  const from = offering.availableFrom
    ? toEpochDay(offering.availableFrom)
    : Number.NEGATIVE_INFINITY;
  const until = offering.availableUntil
    ? toEpochDay(offering.availableUntil)
    : Number.POSITIVE_INFINITY;
  let openDay = epochDay.length;
  let closeDay = -1;
  for (let d = 0; d < epochDay.length; d += 1) {
    const day = epochDay[d] ?? 0;
    if (day < from || day > until) continue;
    if (openDay === epochDay.length) openDay = d;
    closeDay = d;
  }
  return {
    modules: offering.modules,
    releaseEveryWeeks:
      offering.format === 'micro-learning'
        ? (offering.releaseEveryWeeks ?? 0)
        : 0,
    openDay,
    closeDay,
  };
}
