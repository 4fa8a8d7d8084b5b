import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { weekdayIndex } from '../calendar/local-date.js';
import type { Weekday } from '../model/primitives.js';
import { WEEKDAYS } from '../model/primitives.js';

/**
 * The session days a leader trained on `trained` may use: after that day,
 * up to and including the `within`-th school day after it, on the allowed
 * weekdays, never on a closure or blackout. A window that runs past the
 * calendar's end stops there.
 *
 * @internal
 */
export function windowDays(
  calendar: CompiledCalendar,
  trained: number,
  within: number,
  weekdays: readonly Weekday[] | undefined,
): number[] {
  const last = calendar.addSchoolDays(trained, within) ?? calendar.lastDay;
  const days: number[] = [];
  for (let day = trained + 1; day <= last; day += 1) {
    if (!calendar.isSessionDay(day)) continue;
    const weekday = WEEKDAYS[weekdayIndex(day)] ?? 'mon';
    if (weekdays && !weekdays.includes(weekday)) continue;
    days.push(day);
  }
  return days;
}

/**
 * Gives one leader's pods their session days: `pods × sessions` days
 * spread evenly over the window, dealt to the pods in turn so that no
 * leader is in two pods on one day. A pod gets fewer days when the window
 * holds too few; the result lists each pod's days in order.
 *
 * @internal
 */
export function dealDays(
  window: readonly number[],
  pods: number,
  sessions: number,
): number[][] {
  const wanted = pods * sessions;
  const picked =
    window.length <= wanted
      ? [...window]
      : Array.from(
          { length: wanted },
          // j < wanted < window.length keeps the index inside the window.
          (_, j) => window[Math.floor((j * window.length) / wanted)] as number,
        );

  const dealt: number[][] = Array.from({ length: pods }, () => []);
  picked.forEach((day, j) => {
    dealt[j % pods]?.push(day);
  });
  return dealt;
}
