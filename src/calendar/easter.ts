import { ymd } from './date-rules.js';
import type { LocalDate } from './local-date.js';

/**
 * Easter Sunday in the Gregorian calendar (Western churches), computed with
 * the anonymous Gregorian algorithm (Meeus, Jones and Butcher). The bank and
 * public holidays of England, Australia and New Zealand hang on it.
 *
 * @param year - a Gregorian year (1583 or later).
 * @returns the date of Easter Sunday.
 * @example
 * ```ts
 * easterSunday(2027); // '2027-03-28'
 * easterSunday(2028); // '2028-04-16'
 * ```
 */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);

  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}
