import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  englandCalendar,
  parseCalendar,
  ReachplanError,
  safeParseCalendar,
  safeParseScenario,
} from '../../src/index.js';
import { smallScenario } from '../model/small-scenario.js';

describe('safeParseCalendar on bad shapes', () => {
  it('reports shape problems before the date checks', () => {
    expect(
      safeParseCalendar({ years: [{ id: 'y', start: '2027-02-30' }] }),
    ).toEqual({
      success: false,
      issues: [
        {
          code: 'invalid_date',
          path: ['years', 0, 'start'],
          message:
            'expected a real date written YYYY-MM-DD, received "2027-02-30"',
        },
        {
          code: 'missing',
          path: ['years', 0, 'end'],
          message: 'end is required',
        },
        {
          code: 'missing',
          path: ['years', 0, 'terms'],
          message: 'terms is required',
        },
        {
          code: 'missing',
          path: ['years', 0, 'closures'],
          message: 'closures is required',
        },
      ],
    });
  });
});

describe('parseCalendar', () => {
  it('throws one ReachplanError carrying every issue', () => {
    const calendar = englandCalendar(2027);
    const autumn = calendar.years[0]?.terms[0];
    if (autumn) autumn.end = '2027-08-01';

    expect(() => parseCalendar(calendar)).toThrow(ReachplanError);
    expect(() => parseCalendar(calendar)).toThrow(
      '1 issue found:\n- years[0].terms[0].end: term "2027-28-autumn" ends on 2027-08-01, before it starts on 2027-09-02',
    );
  });
});

describe('calendar checks in a scenario', () => {
  it('report calendar problems with paths from the scenario root', () => {
    const scenario = smallScenario();
    const first = scenario.district.calendar.years[0];
    const term = first?.terms[1];
    if (term) term.start = '2027-07-01';

    const result = safeParseScenario(scenario);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toContainEqual({
      code: 'overlapping_terms',
      path: ['district', 'calendar', 'years', 0, 'terms', 1],
      message:
        'term "t2" (2027-07-01 to 2027-12-24) overlaps term "t1" (2027-04-06 to 2027-07-20)',
    });
  });
});

describe('safeParseCalendar on anything at all', () => {
  it('returns issues and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(safeParseCalendar(input).success).toBe(false);
      }),
    );
  });

  it('survives a cycle and a getter that throws', () => {
    const cyclic: Record<string, unknown> = { years: [] };
    cyclic['self'] = cyclic;
    const hostile = {
      get years(): never {
        throw new Error('no years for you');
      },
    };
    expect(safeParseCalendar(cyclic).success).toBe(false);
    expect(safeParseCalendar(hostile)).toEqual({
      success: false,
      issues: [
        {
          code: 'unreadable_input',
          path: [],
          message: 'the input could not be read: no years for you',
        },
      ],
    });
  });
});
