import { fromEpochDay } from '../calendar/local-date.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Writes day numbers as `YYYY-MM-DD` and as "12 July", once per day: a
 * report of 250,000 verdicts names the same few hundred days over and
 * over.
 *
 * @internal
 */
export class DayNames {
  readonly #iso = new Map<number, string>();
  readonly #spoken = new Map<number, string>();

  /** The local date of a day number. */
  iso(day: number): string {
    let text = this.#iso.get(day);
    if (text === undefined) {
      text = fromEpochDay(day);
      this.#iso.set(day, text);
    }
    return text;
  }

  /** The day as people say it: "12 July". */
  spoken(day: number): string {
    let text = this.#spoken.get(day);
    if (text === undefined) {
      const date = this.iso(day);
      const month = MONTHS[Number(date.slice(5, 7)) - 1];
      text = `${Number(date.slice(8, 10))} ${month}`;
      this.#spoken.set(day, text);
    }
    return text;
  }
}
