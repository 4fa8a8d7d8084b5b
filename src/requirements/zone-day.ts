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
