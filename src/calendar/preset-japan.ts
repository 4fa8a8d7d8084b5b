import type {
  AcademicCalendar,
  AcademicYear,
} from '../model/calendar-schema.js';
import { ymd } from './date-rules.js';
import {
  breakFrom,
  holidayClosures,
  makeTerm,
  sortClosures,
} from './holiday-closures.js';
import { japaneseHolidays } from './japan-holidays.js';
import type { PresetOptions } from './preset-options.js';
import { buildPreset } from './preset-options.js';

/**
 * A representative Japanese public-school calendar: the school year runs
 * from 1 April to 31 March in three terms (6 April–20 July, 1 September–25
 * December, 8 January–25 March), with the spring, summer and winter breaks
 * between them, Golden Week (3–5 May) and every national holiday that falls
 * on a weekday: fixed dates, the "Happy Monday" holidays, substitute and
 * citizens' holidays, and the equinox days.
 *
 * The term dates are typical of municipal boards (Tokyo's among them);
 * boards set their own and many differ by a day or two. The equinox days are
 * approximated by formula (exact for 1980–2099). Typical hours: 08:30–15:30.
 *
 * @param startYear - the calendar year in which the school year begins.
 * @param options - overrides: more years, hours, blackouts, extra closures.
 * @returns plain calendar data the caller may edit.
 * @throws {@link ReachplanError} when the year or an option is out of range.
 * @example
 * ```ts
 * const calendar = japanCalendar(2027);
 * calendar.years[0]?.terms.map((term) => [term.start, term.end]);
 * // [['2027-04-06', '2027-07-20'], ['2027-09-01', '2027-12-25'],
 * //  ['2028-01-08', '2028-03-25']]
 * ```
 */
export function japanCalendar(
  startYear: number,
  options: PresetOptions = {},
): AcademicCalendar {
  return buildPreset(startYear, options, {
    schoolHours: { start: '08:30', end: '15:30' },
    buildYear: japaneseYear,
  });
}

function japaneseYear(y: number): AcademicYear {
  const id = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
  const start = ymd(y, 4, 1);
  const end = ymd(y + 1, 3, 31);

  const terms = [
    makeTerm(`${id}-t1`, 'First term', ymd(y, 4, 6), ymd(y, 7, 20)),
    makeTerm(`${id}-t2`, 'Second term', ymd(y, 9, 1), ymd(y, 12, 25)),
    makeTerm(`${id}-t3`, 'Third term', ymd(y + 1, 1, 8), ymd(y + 1, 3, 25)),
  ];
  const breaks = [
    breakFrom('Spring break', start, ymd(y, 4, 5)),
    breakFrom('Golden Week', ymd(y, 5, 3), ymd(y, 5, 5)),
    breakFrom('Summer break', ymd(y, 7, 21), ymd(y, 8, 31)),
    breakFrom('Winter break', ymd(y, 12, 26), ymd(y + 1, 1, 7)),
    breakFrom('Spring break', ymd(y + 1, 3, 26), end),
  ];
  const holidays = [...japaneseHolidays(y), ...japaneseHolidays(y + 1)];

  return {
    id,
    name: `School year ${y}`,
    start,
    end,
    terms,
    closures: sortClosures([
      ...breaks,
      ...holidayClosures(holidays, { start, end }, breaks),
    ]),
  };
}
