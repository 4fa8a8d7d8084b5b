import { describe, expectTypeOf, it } from 'vitest';
import type {
  AcademicCalendar,
  AcademicYear,
  CalendarSource,
  CompiledCalendar,
  District,
  LocalDate,
  Term,
  TermInYear,
} from '../../src/index.js';
import {
  addSchoolDays,
  compileCalendar,
  findTerm,
  findYear,
  japanCalendar,
  nextSessionDay,
  type termAt,
} from '../../src/index.js';

describe('calendar types', () => {
  it('presets return plain calendars and compiled ones stand in for them', () => {
    expectTypeOf(japanCalendar(2027)).toEqualTypeOf<AcademicCalendar>();
    expectTypeOf(
      compileCalendar(japanCalendar(2027)),
    ).toEqualTypeOf<CompiledCalendar>();
    expectTypeOf<CompiledCalendar>().toExtend<CalendarSource>();
    expectTypeOf<AcademicCalendar>().toExtend<CalendarSource>();
  });

  it('lookups may find nothing, arithmetic always answers', () => {
    expectTypeOf(findTerm).returns.toEqualTypeOf<TermInYear | undefined>();
    expectTypeOf(findYear).returns.toEqualTypeOf<AcademicYear | undefined>();
    expectTypeOf(nextSessionDay).returns.toEqualTypeOf<LocalDate | undefined>();
    expectTypeOf(addSchoolDays).returns.toEqualTypeOf<LocalDate>();
    expectTypeOf<TermInYear['term']>().toEqualTypeOf<Term>();
  });

  it('termAt takes a whole district', () => {
    expectTypeOf<District>().toExtend<Parameters<typeof termAt>[0]>();
  });
});
