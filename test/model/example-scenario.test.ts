import { describe, expect, it } from 'vitest';
import {
  exampleScenario,
  findTerm,
  isSessionDay,
  parseScenario,
} from '../../src/index.js';

describe('exampleScenario', () => {
  it('is the example city: 21 schools, 512 educators, Asia/Tokyo', () => {
    const scenario = parseScenario(exampleScenario());
    expect(scenario.district.schools).toHaveLength(21);
    expect(scenario.district.educators).toHaveLength(512);
    expect(scenario.district.timeZone).toBe('Asia/Tokyo');
    expect(scenario.district.calendar.years[0]?.id).toBe('2027-28');
  });

  it('runs the three seminar series with three seats per school', () => {
    const { offerings } = exampleScenario().catalogue;
    const sessions = offerings.map((o) =>
      'schedule' in o && o.schedule.kind === 'dates'
        ? o.schedule.dates.length
        : 0,
    );
    expect(offerings.map((o) => o.title)).toEqual([
      'Creative lesson design',
      'ICT leadership',
      'Digital citizenship',
    ]);
    expect(sessions).toEqual([4, 3, 1]);
    expect(offerings.every((o) => o.seatsPerSchool === 3)).toBe(true);
    expect(offerings.every((o) => o.capacity === 63)).toBe(true);
    expect(offerings[1]?.eligibility?.roles).toEqual(['ict-leader']);
  });

  it('puts every session on a weekday afternoon inside a term', () => {
    const { district, catalogue } = exampleScenario();
    for (const offering of catalogue.offerings) {
      if (!('schedule' in offering) || offering.schedule.kind !== 'dates') {
        throw new Error('the example uses explicit dates');
      }
      expect(offering.schedule.startTime >= '13:00').toBe(true);
      for (const date of offering.schedule.dates) {
        expect(isSessionDay(district.calendar, date)).toBe(true);
        expect(findTerm(district.calendar, date)).toBeDefined();
      }
    }
  });

  it('returns a fresh object on each call', () => {
    const first = exampleScenario();
    first.district.educators[0]?.roles.push('specialist');
    first.catalogue.offerings[0]?.categoryIds.push('changed');
    const second = exampleScenario();
    expect(second.district.educators[0]?.roles).toEqual(['principal']);
    expect(second.catalogue.offerings[0]?.categoryIds).toEqual([
      'teaching-learning',
    ]);
    expect(second).not.toBe(first);
  });
});
