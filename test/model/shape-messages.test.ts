import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../src/index.js';
import { issuesOf } from './issues-of.js';
import { smallScenario } from './small-scenario.js';

// biome-ignore lint/suspicious/noExplicitAny: tests break the shape on purpose
type Loose = any;

function rejected(change: (scenario: Loose) => void) {
  const scenario: Loose = smallScenario();
  change(scenario);
  return issuesOf(safeParseScenario(scenario));
}

describe('shape issues', () => {
  it('accepts the small scenario as written', () => {
    expect(safeParseScenario(smallScenario()).success).toBe(true);
  });

  it('reports every missing top-level field as missing', () => {
    expect(issuesOf(safeParseScenario({}))).toEqual([
      {
        code: 'missing',
        path: ['schemaVersion'],
        message: 'schemaVersion is required',
      },
      { code: 'missing', path: ['name'], message: 'name is required' },
      { code: 'missing', path: ['district'], message: 'district is required' },
      {
        code: 'missing',
        path: ['catalogue'],
        message: 'catalogue is required',
      },
    ]);
  });

  it('says which schema version this build reads', () => {
    expect(rejected((s) => (s.schemaVersion = 2))).toEqual([
      {
        code: 'unsupported_version',
        path: ['schemaVersion'],
        message:
          'schemaVersion 2 is not supported: this build of reachplan reads version 1',
      },
    ]);
  });

  it('names the received type and value of a wrong type', () => {
    expect(rejected((s) => (s.name = 42))).toEqual([
      {
        code: 'invalid_type',
        path: ['name'],
        message: 'expected string, received number 42',
      },
    ]);
  });

  it('rejects a document that is not an object', () => {
    expect(issuesOf(safeParseScenario(null))).toEqual([
      {
        code: 'invalid_type',
        path: [],
        message: 'expected object, received null',
      },
    ]);
    expect(issuesOf(safeParseScenario('{}'))).toEqual([
      {
        code: 'invalid_type',
        path: [],
        message: 'expected object, received string "{}"',
      },
    ]);
  });

  it('names the value and the allowed ones for an unknown enum value', () => {
    expect(rejected((s) => (s.district.schools[0].level = 'primary'))).toEqual([
      {
        code: 'invalid_value',
        path: ['district', 'schools', 0, 'level'],
        message:
          '"primary" is not one of "elementary", "lower-secondary", "upper-secondary", "special-needs", "other"',
      },
    ]);
  });

  it('rejects a role that reachplan does not know', () => {
    expect(
      rejected((s) => (s.district.educators[1].roles = ['teacher', 'wizard'])),
    ).toEqual([
      {
        code: 'invalid_value',
        path: ['district', 'educators', 1, 'roles', 1],
        message:
          '"wizard" is not one of "teacher", "ict-leader", "principal", "vice-principal", "specialist", "department-head", "counsellor", "librarian", "support-staff"',
      },
    ]);
  });

  it('rejects eligibility naming a role that reachplan does not know', () => {
    expect(
      rejected(
        (s) => (s.catalogue.offerings[0].eligibility = { roles: ['coach'] }),
      ),
    ).toEqual([
      {
        code: 'invalid_value',
        path: ['catalogue', 'offerings', 0, 'eligibility', 'roles', 0],
        message:
          '"coach" is not one of "teacher", "ict-leader", "principal", "vice-principal", "specialist", "department-head", "counsellor", "librarian", "support-staff"',
      },
    ]);
  });

  it('names a time zone that is not IANA', () => {
    expect(rejected((s) => (s.district.timeZone = 'JST'))).toEqual([
      {
        code: 'invalid_time_zone',
        path: ['district', 'timeZone'],
        message:
          'expected an IANA time zone such as "Asia/Tokyo", received "JST"',
      },
    ]);
  });

  it('names an impossible date and a badly written time', () => {
    expect(
      rejected((s) => {
        s.catalogue.offerings[0].schedule.dates[1] = '2027-02-30';
        s.catalogue.offerings[0].schedule.startTime = '2pm';
      }),
    ).toEqual([
      {
        code: 'invalid_date',
        path: ['catalogue', 'offerings', 0, 'schedule', 'dates', 1],
        message:
          'expected a real date written YYYY-MM-DD, received "2027-02-30"',
      },
      {
        code: 'invalid_format',
        path: ['catalogue', 'offerings', 0, 'schedule', 'startTime'],
        message: 'expected a time written HH:mm, received "2pm"',
      },
    ]);
  });

  it('points at each unknown key, including __proto__ from JSON', () => {
    const scenario: Loose = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(smallScenario()).slice(1)}`,
    );
    scenario.district.educators[0].nmae = 'typo';
    expect(issuesOf(safeParseScenario(scenario))).toEqual([
      {
        code: 'unknown_key',
        path: ['district', 'educators', 0, 'nmae'],
        message: 'unknown key "nmae"',
      },
      {
        code: 'unknown_key',
        path: ['__proto__'],
        message: 'unknown key "__proto__"',
      },
    ]);
    expect(({} as Loose).polluted).toBeUndefined();
  });

  it('explains sizes and bounds in words', () => {
    expect(
      rejected((s) => {
        s.district.id = '';
        s.district.educators[2].fte = 1.5;
        s.district.educators[0].roles = [];
        s.catalogue.offerings[0].durationMinutes = 90.5;
      }),
    ).toEqual([
      {
        code: 'too_small',
        path: ['district', 'id'],
        message: 'expected a non-empty id, received ""',
      },
      {
        code: 'too_small',
        path: ['district', 'educators', 0, 'roles'],
        message: 'expected at least 1 item, received an array of 0 items',
      },
      {
        code: 'too_big',
        path: ['district', 'educators', 2, 'fte'],
        message: 'expected a number at most 1, received number 1.5',
      },
      {
        code: 'invalid_type',
        path: ['catalogue', 'offerings', 0, 'durationMinutes'],
        message: 'expected integer, received number 90.5',
      },
    ]);
  });

  it('names an unknown offering format and a missing one', () => {
    expect(
      rejected((s) => {
        s.catalogue.offerings[0].format = 'webinar';
        delete s.catalogue.offerings[1].format;
      }),
    ).toEqual([
      {
        code: 'invalid_value',
        path: ['catalogue', 'offerings', 0, 'format'],
        message:
          '"webinar" is not one of "seminar-series", "opt-in-session", "department-pd", "community", "micro-learning", "async-course"',
      },
      {
        code: 'missing',
        path: ['catalogue', 'offerings', 1, 'format'],
        message: 'format is required',
      },
    ]);
  });

  it('rejects an id with spaces at either end', () => {
    expect(rejected((s) => (s.district.schools[0].id = ' s01'))).toContainEqual(
      {
        code: 'invalid_id',
        path: ['district', 'schools', 0, 'id'],
        message: 'expected an id without spaces at either end, received " s01"',
      },
    );
  });
});
