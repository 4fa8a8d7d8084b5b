import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import type { Meeting } from './plan-school.js';
import { dealDays, windowDays } from './pod-dates.js';
import type { ResolvedLevel } from './resolve-levels.js';

/**
 * The day each level first meets at a school when every leader runs one
 * pod: level 0 on the first leaders' training, each later level on the
 * first of its sessions in the window after the level above's last
 * session. Undefined where no day fits. A community's leaders and members
 * both start at the first meeting.
 *
 * @internal
 */
export function levelTimeline(
  calendar: CompiledCalendar,
  levels: readonly ResolvedLevel[],
  firstTrained: number | undefined,
  meetings: readonly Meeting[],
): (number | undefined)[] {
  const first = levels[0];
  if (first?.timing.kind === 'meetings') {
    const day = meetings[0]?.day;
    return [day, day];
  }

  const days: (number | undefined)[] = [firstTrained];
  let trained = firstTrained;
  for (const level of levels) {
    const timing = level.timing;
    if (trained === undefined || timing.kind === 'meetings') {
      days.push(undefined);
      trained = undefined;
      continue;
    }
    const window = windowDays(
      calendar,
      trained,
      timing.withinSchoolDays,
      timing.weekdays,
    );
    const [own = []] = dealDays(window, 1, timing.sessionsPerLeader);
    days.push(own[0]);
    trained = own.at(-1);
  }
  return days;
}
