export type { CalendarSource } from './calendar-source.js';
export { compileCalendar } from './compile-calendar.js';
export type {
  CompiledCalendar,
  CompiledTerm,
  CompiledYear,
} from './compiled-calendar.js';
export { easterSunday } from './easter.js';
export type { TermInYear } from './find-term.js';
export { findTerm, findYear, termAt } from './find-term.js';
export type { LocalDate } from './local-date.js';
export {
  addCalendarDays,
  fromEpochDay,
  monthOf,
  toEpochDay,
  weekdayOf,
} from './local-date.js';
export type { ResolvedInstant, WallClock } from './local-time.js';
export { instantToLocal, localToInstant } from './local-time.js';
export { parseCalendar, safeParseCalendar } from './parse-calendar.js';
export { australiaCalendar } from './preset-australia.js';
export { englandCalendar } from './preset-england.js';
export { japanCalendar } from './preset-japan.js';
export { newZealandCalendar } from './preset-new-zealand.js';
export type { PresetOptions, SchoolHours } from './preset-options.js';
export { unitedStatesCalendar } from './preset-united-states.js';
export {
  addSchoolDays,
  isSchoolDay,
  isSessionDay,
  listSchoolDays,
  nextSessionDay,
  schoolDaysBetween,
} from './school-days.js';
