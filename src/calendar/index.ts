export type { LocalDate } from './local-date.js';
export {
  addCalendarDays,
  fromEpochDay,
  monthOf,
  toEpochDay,
  weekdayOf,
} from './local-date.js';
export type { ResolvedInstant } from './local-time.js';
export { instantToLocal, localToInstant } from './local-time.js';
