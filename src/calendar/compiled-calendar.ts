import type {
  AcademicCalendar,
  AcademicYear,
  Term,
} from '../model/calendar-schema.js';

/**
 * A year of a {@link CompiledCalendar} with its bounds as epoch days.
 *
 * @example
 * ```ts
 * const year = compileCalendar(japanCalendar(2027)).years[0];
 * year?.firstDay; // 20909 (2027-04-01)
 * ```
 */
export interface CompiledYear {
  /** Position in {@link CompiledCalendar.years}, the calendar's order. */
  readonly index: number;
  /** The year as written in the calendar. */
  readonly year: AcademicYear;
  /** Its first day as an epoch day (see `toEpochDay`). */
  readonly firstDay: number;
  /** Its last day as an epoch day, inclusive. */
  readonly lastDay: number;
}

/**
 * A term of a {@link CompiledCalendar} with its bounds as epoch days.
 *
 * @example
 * ```ts
 * const term = compileCalendar(japanCalendar(2027)).terms[1];
 * term?.term.name; // 'Second term'
 * ```
 */
export interface CompiledTerm {
  /** Position in {@link CompiledCalendar.terms}, all years' terms in order. */
  readonly index: number;
  /** Position of its year in {@link CompiledCalendar.years}. */
  readonly yearIndex: number;
  /** The year that lists the term. */
  readonly year: AcademicYear;
  /** The term as written in the calendar. */
  readonly term: Term;
  /** Its first day as an epoch day. */
  readonly firstDay: number;
  /** Its last day as an epoch day, inclusive. */
  readonly lastDay: number;
  /** How many school days it holds. */
  readonly schoolDays: number;
}

/**
 * An academic calendar turned into typed arrays over epoch days, for code
 * that asks about many days (the simulation engine, the scheduler). Slot
 * `i` of every per-day array is epoch day `firstDay + i`. Every lookup
 * takes epoch days and runs in constant time.
 *
 * The arrays belong to the compiled calendar: read them, do not write them.
 * Compile again after editing the calendar.
 *
 * @example
 * ```ts
 * const compiled = compileCalendar(japanCalendar(2027));
 * compiled.isSchoolDay(toEpochDay('2027-04-06')); // true
 * compiled.termOf(toEpochDay('2027-10-01'))?.term.id; // '2027-28-t2'
 * ```
 */
export interface CompiledCalendar {
  /** The calendar it was compiled from. */
  readonly calendar: AcademicCalendar;
  /** The earliest first day of any year, as an epoch day. */
  readonly firstDay: number;
  /** The latest last day of any year, as an epoch day (inclusive). */
  readonly lastDay: number;
  /** Days covered: `lastDay - firstDay + 1`. */
  readonly length: number;
  /** 1 on school days: in a term, a school weekday, not closed. */
  readonly schoolDay: Uint8Array;
  /** 1 on school days that no blackout rule keeps sessions off. */
  readonly sessionDay: Uint8Array;
  /** Index into {@link CompiledCalendar.terms}, or -1 outside terms. */
  readonly termIndex: Int16Array;
  /** Index into {@link CompiledCalendar.years}, or -1 outside years. */
  readonly yearIndex: Int16Array;
  /**
   * School days before each slot: entry `i` counts school days in
   * `[firstDay, firstDay + i)`; there are `length + 1` entries.
   */
  readonly schoolDaysBefore: Int32Array;
  /** Every school day as an epoch day, in order. */
  readonly schoolDays: Int32Array;
  /** The years in the calendar's order. */
  readonly years: readonly CompiledYear[];
  /** Every year's terms, year by year, in the calendar's order. */
  readonly terms: readonly CompiledTerm[];

  /**
   * Whether an epoch day is a school day; false outside the calendar.
   *
   * @param day - an epoch day.
   * @returns true on school days.
   */
  isSchoolDay(day: number): boolean;
  /**
   * Whether an epoch day is a session day (a school day not blacked out).
   *
   * @param day - an epoch day.
   * @returns true on session days.
   */
  isSessionDay(day: number): boolean;
  /**
   * The term holding an epoch day.
   *
   * @param day - an epoch day.
   * @returns the term, or undefined outside every term.
   */
  termOf(day: number): CompiledTerm | undefined;
  /**
   * The year holding an epoch day.
   *
   * @param day - an epoch day.
   * @returns the year, or undefined outside every year.
   */
  yearOf(day: number): CompiledYear | undefined;
  /**
   * School days in `[from, to)`; negative when `to` comes first.
   *
   * @param from - first epoch day counted.
   * @param to - first epoch day not counted.
   * @returns the count.
   */
  countSchoolDays(from: number, to: number): number;
  /**
   * The `n`-th school day after an epoch day (before it when `n` is
   * negative; the day itself when `n` is 0).
   *
   * @param day - an epoch day.
   * @param n - a whole number of school days.
   * @returns the epoch day, or undefined when it falls outside the calendar.
   */
  addSchoolDays(day: number, n: number): number | undefined;
  /**
   * The first session day on or after an epoch day.
   *
   * @param day - an epoch day.
   * @returns the epoch day, or undefined when none is left.
   */
  nextSessionDay(day: number): number | undefined;
}
