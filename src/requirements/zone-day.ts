import { instantToLocal } from '../calendar/local-time.js';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/**
 * Turns instants into local day numbers (days since 1970-01-01 in the
 * district's zone) fast enough for half a million records: the zone's
 * offset is looked up once per UTC hour and kept.
 *
 * Zone changes happen on hour boundaries in every zone reachplan has met;
 * a zone that shifted mid-hour would be read with the offset at the start
 * of that hour.
 *
 * @internal
 */
export class ZoneDays {
  readonly #timeZone: string;
  readonly #offsets = new Map<number, number>();

  constructor(timeZone: string) {
    this.#timeZone = timeZone;
  }

  /** The local day number of an instant given in epoch milliseconds. */
  dayOf(ms: number): number {
    const hour = Math.floor(ms / MS_PER_HOUR);
    let offset = this.#offsets.get(hour);
    if (offset === undefined) {
      offset = this.#offsetAt(hour * MS_PER_HOUR);
      this.#offsets.set(hour, offset);
    }
    return Math.floor((ms + offset) / MS_PER_DAY);
  }

  #offsetAt(ms: number): number {
    const local = instantToLocal(new Date(ms), this.#timeZone);
    const wall = Date.parse(`${local.date}T${local.time}:00Z`);
    // The wall clock is read to the minute; the hour starts on a minute.
    return wall - ms;
  }
}

const ZERO = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic
 * (H. Hinnant's days-from-civil), so no `Date` is built.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy =
    Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Epoch milliseconds of an ISO 8601 date-time such as
 * `2027-05-20T05:00:00.000Z` or `2027-05-20T14:00+09:00`, read by hand:
 * half a million records parse several times faster than with
 * `Date.parse`, which remains the fallback for any other shape.
 *
 * @internal
 */
export function parseInstant(text: string): number {
  const n = text.length;
  if (n < 17 || text.charCodeAt(10) !== 84 /* T */) return Date.parse(text);

  const date = daysFromCivil(
    digits(text, 0, 4),
    digits(text, 5, 2),
    digits(text, 8, 2),
  );
  let ms = (digits(text, 11, 2) * 60 + digits(text, 14, 2)) * 60_000;
  let at = 16;
  if (text.charCodeAt(at) === 58 /* : */) {
    ms += digits(text, at + 1, 2) * 1000;
    at += 3;
    if (text.charCodeAt(at) === 46 /* . */) {
      let end = at + 1;
      while (
        end < n &&
        text.charCodeAt(end) >= ZERO &&
        text.charCodeAt(end) <= 57
      )
        end++;
      ms += Math.floor(
        digits(text, at + 1, end - at - 1) / 10 ** (end - at - 4),
      );
      at = end;
    }
  }

  const sign = text.charCodeAt(at);
  let offset = 0;
  if (sign === 90 /* Z */ && at === n - 1) offset = 0;
  else if ((sign === 43 || sign === 45) && at === n - 6) {
    offset = (digits(text, at + 1, 2) * 60 + digits(text, at + 4, 2)) * 60_000;
    if (sign === 43 /* + */) offset = -offset;
  } else return Date.parse(text);

  const total = date * MS_PER_DAY + ms + offset;
  return Number.isNaN(total) ? Date.parse(text) : total;
}
